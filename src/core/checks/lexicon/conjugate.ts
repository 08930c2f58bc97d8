// A small French and English conjugator that generates every written form of a lemma, so the vague-term
// lexicon is an exact form table (stemmers miss promeut, soutient, poursuivi; see the linting reference, §4).
// Passé simple and imparfait du subjonctif are included: they cost nothing and never collide with our lemmas.

export type FormKind = 'verb' | 'participle' | 'noun';

export interface Form {
  form: string; // lowercase, accents kept
  kind: FormKind;
}

const PRESENT_1 = ['e', 'es', 'e', 'ons', 'ez', 'ent'];
const IMPARFAIT = ['ais', 'ais', 'ait', 'ions', 'iez', 'aient'];
const FUTUR = ['ai', 'as', 'a', 'ons', 'ez', 'ont'];
const SUBJ = ['e', 'es', 'e', 'ions', 'iez', 'ent'];
const PS_1 = ['ai', 'as', 'a', 'âmes', 'âtes', 'èrent'];
const SUBJ_IMP_1 = ['asse', 'asses', 'ât', 'assions', 'assiez', 'assent'];

/** Endings that leave the last stem vowel mute, where é→è, e→è and y→i apply. */
const MUTE = new Set(['e', 'es', 'ent']);

function participles(pp: string): string[] {
  return pp.endsWith('s') ? [pp, pp + 'e', pp + 'es'] : [pp, pp + 'e', pp + 's', pp + 'es'];
}

/** First group (-er), with the ç / ge / é→è / e→è / y→i alternations; -ier verbs fall out naturally. */
function firstGroup(inf: string): Form[] {
  const stem = inf.slice(0, -2);
  // Before a or o: c→ç, g→ge.
  const hard = (ending: string): string => {
    if (!/^[aoâ]/.test(ending)) return stem;
    if (stem.endsWith('c')) return stem.slice(0, -1) + 'ç';
    if (stem.endsWith('g')) return stem + 'e';
    return stem;
  };
  // Before a mute ending: é→è / e→è in the last syllable, y→i.
  const muteStems = (): string[] => {
    let m = /^(.*)([éeë])([^aeiouyéèêëîïôûù]+)$/.exec(stem);
    if (m && !/(?:el|et)$/.test(stem.slice(-2)) && m[3].length <= 2) {
      return [m[1] + 'è' + m[3]];
    }
    m = /^(.*[aou])y$/.exec(stem);
    if (m) return stem.endsWith('ay') ? [m[1] + 'i', stem] : [m[1] + 'i'];
    return [stem];
  };
  const mute = muteStems();
  const forms: string[] = [inf];
  const add = (endings: string[]): void => {
    for (const e of endings) {
      if (MUTE.has(e)) for (const s of mute) forms.push(s + e);
      else forms.push(hard(e) + e);
    }
  };
  add(PRESENT_1);
  add(IMPARFAIT);
  add(SUBJ);
  add(PS_1);
  add(SUBJ_IMP_1);
  // Future and conditional: both the traditional (é) and the 1990 (è) spellings; y→i for -oyer/-uyer.
  const futureStems = new Set<string>([stem + 'er', mute[0] + 'er']);
  for (const fs of futureStems) {
    for (const e of FUTUR) forms.push(fs + e);
    for (const e of IMPARFAIT) forms.push(fs + e);
  }
  forms.push(hard('ant') + 'ant');
  const out: Form[] = forms.map((form) => ({ form, kind: 'verb' as FormKind }));
  for (const p of participles(stem + 'é')) out.push({ form: p, kind: 'participle' });
  return out;
}

interface Irregular {
  present: string[];
  imparfait: string; // stem
  futur: string; // stem
  subj: string[];
  ps: string[];
  pp: string;
  ppr: string;
}

/** Patterns for the irregular families we need; a prefix carries the rest (pro-mouvoir, pour-suivre, sou-tenir). */
const IRREGULAR_FAMILIES: { suffix: string; build: (p: string) => Irregular }[] = [
  {
    suffix: 'faire',
    build: (p) => ({
      present: [`${p}fais`, `${p}fais`, `${p}fait`, `${p}faisons`, `${p}faites`, `${p}font`],
      imparfait: `${p}fais`,
      futur: `${p}fer`,
      subj: ['fasse', 'fasses', 'fasse', 'fassions', 'fassiez', 'fassent'].map((e) => p + e),
      ps: ['fis', 'fis', 'fit', 'fîmes', 'fîtes', 'firent'].map((e) => p + e),
      pp: `${p}fait`,
      ppr: `${p}faisant`,
    }),
  },
  {
    suffix: 'prendre',
    build: (p) => ({
      present: ['prends', 'prends', 'prend', 'prenons', 'prenez', 'prennent'].map((e) => p + e),
      imparfait: `${p}pren`,
      futur: `${p}prendr`,
      subj: ['prenne', 'prennes', 'prenne', 'prenions', 'preniez', 'prennent'].map((e) => p + e),
      ps: ['pris', 'pris', 'prit', 'prîmes', 'prîtes', 'prirent'].map((e) => p + e),
      pp: `${p}pris`,
      ppr: `${p}prenant`,
    }),
  },
  {
    // étendre, rendre, défendre (after prendre, which ends alike but is conjugated apart)
    suffix: 'endre',
    build: (p) => ({
      present: ['ends', 'ends', 'end', 'endons', 'endez', 'endent'].map((e) => p + e),
      imparfait: `${p}end`,
      futur: `${p}endr`,
      subj: SUBJ.map((e) => `${p}end${e}`),
      ps: ['endis', 'endis', 'endit', 'endîmes', 'endîtes', 'endirent'].map((e) => p + e),
      pp: `${p}endu`,
      ppr: `${p}endant`,
    }),
  },
  {
    suffix: 'mouvoir',
    build: (p) => ({
      present: [`${p}meus`, `${p}meus`, `${p}meut`, `${p}mouvons`, `${p}mouvez`, `${p}meuvent`],
      imparfait: `${p}mouv`,
      futur: `${p}mouvr`,
      subj: [`${p}meuve`, `${p}meuves`, `${p}meuve`, `${p}mouvions`, `${p}mouviez`, `${p}meuvent`],
      ps: [`${p}mus`, `${p}mus`, `${p}mut`, `${p}mûmes`, `${p}mûtes`, `${p}murent`],
      pp: p === 'pro' ? `${p}mu` : `${p}mû`,
      ppr: `${p}mouvant`,
    }),
  },
  {
    suffix: 'suivre',
    build: (p) => ({
      present: [`${p}suis`, `${p}suis`, `${p}suit`, `${p}suivons`, `${p}suivez`, `${p}suivent`],
      imparfait: `${p}suiv`,
      futur: `${p}suivr`,
      subj: SUBJ.map((e) => `${p}suiv${e}`),
      ps: ['is', 'is', 'it', 'îmes', 'îtes', 'irent'].map((e) => `${p}suiv${e}`),
      pp: `${p}suivi`,
      ppr: `${p}suivant`,
    }),
  },
  {
    suffix: 'tenir',
    build: (p) => ({
      present: [`${p}tiens`, `${p}tiens`, `${p}tient`, `${p}tenons`, `${p}tenez`, `${p}tiennent`],
      imparfait: `${p}ten`,
      futur: `${p}tiendr`,
      subj: [`${p}tienne`, `${p}tiennes`, `${p}tienne`, `${p}tenions`, `${p}teniez`, `${p}tiennent`],
      ps: ['tins', 'tins', 'tint', 'tînmes', 'tîntes', 'tinrent'].map((e) => p + e),
      pp: `${p}tenu`,
      ppr: `${p}tenant`,
    }),
  },
  {
    suffix: 'venir',
    build: (p) => ({
      present: [`${p}viens`, `${p}viens`, `${p}vient`, `${p}venons`, `${p}venez`, `${p}viennent`],
      imparfait: `${p}ven`,
      futur: `${p}viendr`,
      subj: [`${p}vienne`, `${p}viennes`, `${p}vienne`, `${p}venions`, `${p}veniez`, `${p}viennent`],
      ps: ['vins', 'vins', 'vint', 'vînmes', 'vîntes', 'vinrent'].map((e) => p + e),
      pp: `${p}venu`,
      ppr: `${p}venant`,
    }),
  },
  {
    suffix: 'croître',
    build: (p) => ({
      present: [`${p}crois`, `${p}crois`, `${p}croît`, `${p}croissons`, `${p}croissez`, `${p}croissent`],
      imparfait: `${p}croiss`,
      futur: `${p}croîtr`,
      subj: SUBJ.map((e) => `${p}croiss${e}`),
      ps: ['crus', 'crus', 'crut', 'crûmes', 'crûtes', 'crurent'].map((e) => p + e),
      pp: p === '' ? 'crû' : `${p}cru`,
      ppr: `${p}croissant`,
    }),
  },
  {
    suffix: 'mettre',
    build: (p) => ({
      present: [`${p}mets`, `${p}mets`, `${p}met`, `${p}mettons`, `${p}mettez`, `${p}mettent`],
      imparfait: `${p}mett`,
      futur: `${p}mettr`,
      subj: SUBJ.map((e) => `${p}mett${e}`),
      ps: ['mis', 'mis', 'mit', 'mîmes', 'mîtes', 'mirent'].map((e) => p + e),
      pp: `${p}mis`,
      ppr: `${p}mettant`,
    }),
  },
  {
    // Regular second group (-ir/-issons): agir, établir, enrichir, élargir, garantir...
    suffix: 'ir',
    build: (p) => ({
      present: ['is', 'is', 'it', 'issons', 'issez', 'issent'].map((e) => p + e),
      imparfait: `${p}iss`,
      futur: `${p}ir`,
      subj: SUBJ.map((e) => `${p}iss${e}`),
      ps: ['is', 'is', 'it', 'îmes', 'îtes', 'irent'].map((e) => p + e),
      pp: `${p}i`,
      ppr: `${p}issant`,
    }),
  },
];

function irregular(inf: string, t: Irregular): Form[] {
  const verbs = [
    inf,
    ...t.present,
    ...IMPARFAIT.map((e) => t.imparfait + e),
    ...FUTUR.map((e) => t.futur + e),
    ...IMPARFAIT.map((e) => t.futur + e),
    ...t.subj,
    ...t.ps,
    t.ppr,
  ];
  // 1990 spelling drops the circumflex on i and u (accroitre, accroit).
  const all = new Set<string>();
  for (const v of verbs) {
    all.add(v);
    all.add(v.replace(/î/g, 'i'));
  }
  const out: Form[] = [...all].map((form) => ({ form, kind: 'verb' as FormKind }));
  for (const p of participles(t.pp)) out.push({ form: p, kind: 'participle' });
  return out;
}

/** Every form of a French verb given as its infinitive (first group, -ir/-issons, and the irregular families above). */
export function conjugateFr(infinitive: string): Form[] {
  const inf = infinitive.toLowerCase().normalize('NFC');
  for (const fam of IRREGULAR_FAMILIES) {
    if (fam.suffix === 'ir') continue;
    const bare = fam.suffix.replace('î', 'i');
    const base = inf.replace(/î/g, 'i');
    if (base.endsWith(bare)) return irregular(inf, fam.build(inf.slice(0, inf.length - fam.suffix.length)));
  }
  if (inf.endsWith('er')) return firstGroup(inf);
  if (inf.endsWith('ir')) {
    const fam = IRREGULAR_FAMILIES.find((f) => f.suffix === 'ir');
    if (fam) return irregular(inf, fam.build(inf.slice(0, -2)));
  }
  return [{ form: inf, kind: 'verb' }];
}

/** Singular and plural of a French or English noun (renforcement/s, appui/s, travail/travaux is not needed). */
export function nounForms(noun: string, lang: 'fr' | 'en'): Form[] {
  const n = noun.toLowerCase().normalize('NFC');
  const forms = new Set([n]);
  if (lang === 'fr') {
    if (/[sxz]$/.test(n)) forms.add(n);
    else if (/(?:eau|eu)$/.test(n)) forms.add(n + 'x');
    else forms.add(n + 's');
  } else if (/(?:s|x|z|ch|sh)$/.test(n)) forms.add(n + 'es');
  else if (/[^aeiou]y$/.test(n)) forms.add(n.slice(0, -1) + 'ies');
  else forms.add(n + 's');
  return [...forms].map((form) => ({ form, kind: 'noun' as FormKind }));
}

/** English verbs of the lexicon whose past and participle are not "-ed" ("take steps", "take concrete action"…). */
const IRREGULAR_EN = new Map([['take', { past: 'took', pp: 'taken' }]]);

/** English verb: base, -s, -ed (past and participle, or its irregular forms), -ing. */
export function conjugateEn(base: string, irregularForms?: { past?: string; pp?: string }): Form[] {
  const b = base.toLowerCase();
  irregularForms ??= IRREGULAR_EN.get(b);
  let s: string;
  let ed: string;
  let ing: string;
  if (/[^aeiou]y$/.test(b)) {
    s = b.slice(0, -1) + 'ies';
    ed = b.slice(0, -1) + 'ied';
    ing = b + 'ing';
  } else if (b.endsWith('ee')) {
    s = b + 's';
    ed = b + 'd';
    ing = b + 'ing';
  } else if (b.endsWith('e')) {
    s = b + 's';
    ed = b + 'd';
    ing = b.slice(0, -1) + 'ing';
  } else if (/(?:s|x|z|ch|sh)$/.test(b)) {
    s = b + 'es';
    ed = b + 'ed';
    ing = b + 'ing';
  } else {
    s = b + 's';
    ed = b + 'ed';
    ing = b + 'ing';
  }
  const out: Form[] = [
    { form: b, kind: 'verb' },
    { form: s, kind: 'verb' },
    { form: ing, kind: 'verb' },
    { form: irregularForms?.past ?? ed, kind: 'verb' },
    { form: irregularForms?.pp ?? ed, kind: 'participle' },
  ];
  // British/American -ise/-ize.
  if (/iz(?:e|es|ed|ing)$/.test(b) || /ize$/.test(b)) {
    for (const f of [...out]) out.push({ form: f.form.replace(/iz(e|es|ed|ing)$/, 'is$1'), kind: f.kind });
  }
  return out;
}
