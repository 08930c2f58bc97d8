// House rules' words (src/core/lint/house-rules.ts): what is wrong in an organisation's house-rules file and what to
// write instead. parseHouseRules gives each message in both languages. The file's own vocabulary (check names,
// "off", "on", "severity", the severities it accepts) is not translated: it is what the user must type.
import type { Shape } from './shape';

const fr = {
  /** One name in a list of suggestions, quoted as the language quotes. */
  quoted: '« {{text}} »',
  /** Between two names of a list of suggestions. */
  or: ' ou ',
  /** Appended to a message when names are near the one written; {{names}} are quoted, joined by `or`. */
  didYouMean: ' ; vouliez-vous dire {{names}} ?',
  /** The file is not JSON: {{reason}} is one of `json`'s texts. */
  invalidJson: 'JSON invalide : {{reason}}',
  json: {
    empty: 'le fichier est vide',
    unexpectedEnd: 'fin de fichier inattendue',
    unexpectedCharacter: 'caractère inattendu « {{character}} »',
    fieldName: 'nom de champ entre guillemets attendu',
    colon: '« : » attendu après le nom du champ',
    objectNext: '« , » ou « } » attendu',
    arrayNext: '« , » ou « ] » attendu',
    escape: 'séquence d’échappement invalide',
    lineBreak: 'retour à la ligne dans un texte',
    unterminated: 'texte non terminé (guillemet fermant manquant)',
  },
  /** {{reason}}: what the pattern reader says is wrong. */
  invalidPattern: 'Motif invalide « {{pattern}} » : {{reason}}',
  patternReason: {
    emptyAlternative: 'alternative vide dans « {{piece}} »',
    oneBlank: 'le motif doit contenir exactement un « _ » (la place du terme)',
  },
  /** A check's setting written as a severity ("error" instead of { "severity": "error" }). */
  settingSeverity:
    'Réglage « {{value}} » de {{check}} : une gravité s’écrit { "severity": "{{value}}" } (ou "off", "on" pour arrêter ou lancer la vérification)',
  settingInvalid:
    'Réglage « {{value}} » de {{check}} : écrivez "off", "on" ou { "severity": "avertissement" } (gravités : {{severities}})',
  unknownField: 'Champ inconnu « {{field}} » dans {{where}}',
  missingField: 'Champ obligatoire manquant « {{field}} » dans {{where}}',
  /** {{severities}} in this language, {{other}} in the other one. */
  unknownSeverity: 'Gravité inconnue « {{value}} »{{didYouMean}} (gravités : {{severities}} ; en anglais : {{other}})',
  unknownCheck: 'Vérification inconnue « {{name}} »{{didYouMean}} (vérifications : {{checks}})',
  noTerms: 'La vérification « {{check}} » n’a pas de liste de termes : écrivez l’une de {{checks}}',
  notAllowed: 'Valeur non autorisée en {{where}} ; valeurs possibles : {{allowed}}',
  wrongType: 'Type incorrect en {{where}} : {{type}} attendu',
  emptyText: 'Texte vide en {{where}}',
  /** Any other error of the schema: {{reason}} is the validator's, or `invalid`. */
  otherError: '{{where}} : {{reason}}',
  invalid: 'invalide',
  // Warnings: the file is read, but this part of it changes nothing.
  removeNoTerm: '« {{term}} » ne correspond à aucun terme de {{check}} : ce retrait ne change rien{{didYouMean}}',
  removeNoTermAnyCheck:
    '« {{term}} » ne correspond à aucun terme d’aucune vérification : ce retrait ne change rien{{didYouMean}}',
  exceptionNoTerm:
    '« {{term}} » ne correspond à aucun terme de {{check}} : cette exception ne s’applique à rien{{didYouMean}}',
  removeNoException: 'aucune exception n’a le motif « {{pattern}} » : ce retrait ne change rien{{didYouMean}}',
  removeNoExceptionOfTerm:
    'aucune exception du terme « {{term}} » n’a le motif « {{pattern}} » : ce retrait ne change rien{{didYouMean}}',
};

const en: Shape<typeof fr> = {
  quoted: '"{{text}}"',
  or: ' or ',
  didYouMean: '; did you mean {{names}}?',
  invalidJson: 'Invalid JSON: {{reason}}',
  json: {
    empty: 'the file is empty',
    unexpectedEnd: 'unexpected end of file',
    unexpectedCharacter: 'unexpected character "{{character}}"',
    fieldName: 'expected a field name in double quotes',
    colon: 'expected ":" after the field name',
    objectNext: 'expected "," or "}"',
    arrayNext: 'expected "," or "]"',
    escape: 'invalid escape sequence',
    lineBreak: 'line break inside a string',
    unterminated: 'unterminated string (missing closing quote)',
  },
  invalidPattern: 'Invalid pattern "{{pattern}}": {{reason}}',
  patternReason: {
    emptyAlternative: 'empty alternative in "{{piece}}"',
    oneBlank: 'the pattern needs exactly one "_" (where the term stands)',
  },
  settingSeverity:
    'Setting "{{value}}" of {{check}}: a severity is written { "severity": "{{value}}" } (or "off", "on" to turn the check off or on)',
  settingInvalid:
    'Setting "{{value}}" of {{check}}: write "off", "on" or { "severity": "warning" } (severities: {{severities}})',
  unknownField: 'Unknown field "{{field}}" in {{where}}',
  missingField: 'Missing required field "{{field}}" in {{where}}',
  unknownSeverity: 'Unknown severity "{{value}}"{{didYouMean}} (severities: {{severities}}; in French: {{other}})',
  unknownCheck: 'Unknown check "{{name}}"{{didYouMean}} (checks: {{checks}})',
  noTerms: 'The check "{{check}}" has no list of terms: write one of {{checks}}',
  notAllowed: 'Value not allowed at {{where}}; allowed: {{allowed}}',
  wrongType: 'Wrong type at {{where}}: expected {{type}}',
  emptyText: 'Empty text at {{where}}',
  otherError: '{{where}}: {{reason}}',
  invalid: 'invalid',
  removeNoTerm: '"{{term}}" matches no term of {{check}}: removing it changes nothing{{didYouMean}}',
  removeNoTermAnyCheck: '"{{term}}" matches no term of any check: removing it changes nothing{{didYouMean}}',
  exceptionNoTerm: '"{{term}}" matches no term of {{check}}: this exception applies to nothing{{didYouMean}}',
  removeNoException: 'no exception has the pattern "{{pattern}}": removing it changes nothing{{didYouMean}}',
  removeNoExceptionOfTerm:
    'no exception of the term "{{term}}" has the pattern "{{pattern}}": removing it changes nothing{{didYouMean}}',
};

export const rules = { fr, en };
