// Plan text as the public reads it: the drafting check keeps the author's characters (Markdown table pipes,
// emphasis, link syntax); a published page or a spreadsheet cell wants the words.

/** The cells of a Markdown table row ("| Arrêté | mars 2018 |"), or undefined for other text. */
export function tableCells(text: string): string[] | undefined {
  const s = text.trim();
  if (!/^\|.*\|$/.test(s)) return undefined;
  return s
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '' && !/^:?-{3,}:?$/.test(c));
}

export function plainText(text: string): string {
  return (tableCells(text)?.join(' – ') ?? text.trim())
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A commitment's title without its "Engagement 3 :" marker: its id stands beside it on every page. */
export function titleText(title: string): string {
  const plain = plainText(title);
  const bare = plain.replace(/^(?:engagement|commitment)s?\s*(?:n[°o]\.?\s*)?[\dIVXLC]+(?:\.\d+)?\s*[:.\-–—]\s*/iu, '');
  // "Engagement 3 : publier ..." reads "Publier ..." once the marker is gone.
  return bare === '' ? plain : bare === plain ? plain : bare.charAt(0).toLocaleUpperCase() + bare.slice(1);
}

const LIST_ITEM = /^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/;

/**
 * A field's value as the public reads it: a list stays a list (one item a line, each marked « • »), never run
 * together with the next item as one sentence.
 */
export function fieldText(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => ({ item: LIST_ITEM.test(l), text: plainText(l) }))
    .filter((l) => l.text !== '');
  if (lines.length <= 1) return lines[0]?.text ?? '';
  return lines.map((l) => (l.item ? `• ${l.text}` : l.text)).join('\n');
}

// What follows the lead's name in its cell and is not a lead: the partners it works with, a contact.
const NOT_LEAD =
  /(?:[,;]?\s*\(?\s*(?:en lien avec|en liaison avec|en partenariat avec|en collaboration avec|avec l[’']appui d[eu]|avec le concours d[eu]|in partnership with|in collaboration with|in cooperation with|with the support of|working with)\b|[,;]\s*(?:contact|courriel|e-?mail)\s*:).*$/isu;

// The first words of a body's name: after « et », "and" or a comma, one of them (or an acronym) starts another
// name; any other capital is the same name going on (« Office of Science and Technology Policy », « Department of
// Health and Human Services », « Innovation, Sciences et Développement économique Canada »).
const BODY_WORDS = new Set(
  (
    'ministere ministre ministry minister department dept direction delegation secretariat office bureau agence ' +
    'agency administration commission commissariat conseil council committee subcommittee comite sous-comite ' +
    'institut institute centre center cour court autorite authority mission service division unit unite ' +
    'prefecture mairie ville city gouvernement government board inspection inspectorate observatoire ' +
    'observatory caisse fonds fund'
  ).split(' '),
);

/** Whether the text at `at` starts another body's name: one of BODY_WORDS, or an acronym (« DAE », "OSTP"). */
function startsBody(text: string, at: number): boolean {
  const word = /^[\p{L}-]+/u.exec(text.slice(at))?.[0] ?? '';
  if (word.length >= 2 && word === word.toUpperCase()) return true;
  return BODY_WORDS.has(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/**
 * The names a lead cell holds: one a line, or after « ; », or joined by « et » / "and" / a comma before another
 * body's name (« DAJ et Direction des achats de l'État (DAE) »), never inside parentheses nor before a lower-case
 * word (« ministère de l'Économie et des Finances » is one name) nor before a capital that goes on the same name
 * (« Office of Science and Technology Policy »: a name is never rewritten). Each without its trailing full stop and what is not a lead (« , en
 * lien avec la Cour des comptes », « ; contact : … »).
 */
export function leadNames(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const plain = plainText(line).replace(NOT_LEAD, '');
    let depth = 0;
    let from = 0;
    const push = (end: number) => {
      const name = plain
        .slice(from, end)
        .replace(/[\s.;,:]+$/u, '')
        .trim();
      if (name !== '') names.push(name);
    };
    for (let k = 0; k < plain.length; k++) {
      const ch = plain[k];
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      if (depth > 0) continue;
      const m = /^(?:\s*[;,]\s+|\s+(?:et|and|&)\s+|\s*;\s*)(?=\p{Lu})/u.exec(plain.slice(k));
      if (m && (ch === ' ' || ch === ',' || ch === ';') && (m[0].includes(';') || startsBody(plain, k + m[0].length))) {
        push(k);
        from = k + m[0].length;
        k = from - 1;
      }
    }
    push(plain.length);
  }
  return names;
}

/** A lead cell's names joined so that they read as several (« ; » in French, ", " in English). */
export function leadText(text: string, lang: 'fr' | 'en'): string {
  return leadNames(text).join(lang === 'fr' ? ' ; ' : ', ');
}
