// Messages outside React: "{{name}}" is replaced by the value, "{{count, number}}" by the number written for the
// language, and a key given a `count` picks its plural form ("key_one", "key_other") as i18next does, so the pane's
// i18next and the core and command line read the same texts the same way.
import type { Lang } from '../types';

export type Vars = Record<string, string | number | undefined>;
export type Translate = (key: string, vars?: Vars) => string;
type Tree = { [key: string]: string | Tree };

const plurals: Record<Lang, Intl.PluralRules> = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };
// Each language's number format, made when it first writes a number (making one costs 20-30 ms on a cold start, and a
// thread that writes no number, as the command line's reader thread, never pays it); made once, then only read:
// `toLocaleString(lang)` looks one up for every number written (20,000 numbers: 31 ms against 11).
const numbers: Partial<Record<Lang, Intl.NumberFormat>> = {};
const numberFormat = (lang: Lang) => (numbers[lang] ??= new Intl.NumberFormat(lang));

/** A template cut at its slots once: its literal parts, and between them the names of the values (and formats). */
interface Template {
  parts: string[];
  slots: { name: string; number: boolean }[];
}

function parse(template: string): Template {
  const parts: string[] = [];
  const slots: Template['slots'] = [];
  let at = 0;
  for (const m of template.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(number)\s*)?\}\}/g)) {
    parts.push(template.slice(at, m.index));
    slots.push({ name: m[1], number: m[2] === 'number' });
    at = m.index + m[0].length;
  }
  parts.push(template.slice(at));
  return { parts, slots };
}

function render(t: Template, vars: Vars, lang: Lang): string {
  let out = t.parts[0];
  t.slots.forEach((slot, k) => {
    const value = vars[slot.name];
    if (value !== undefined) out += slot.number && typeof value === 'number' ? numberFormat(lang).format(value) : value;
    out += t.parts[k + 1];
  });
  return out;
}

/** Fills a template's "{{name}}" and "{{name, number}}" slots. */
export function fill(template: string, vars: Vars, lang: Lang): string {
  return render(parse(template), vars, lang);
}

// The catalogue is constant: each language's tree is cut once, whoever asks (a check per commitment asks often).
const cut = new WeakMap<Tree, Map<string, Template>>();

/** Every text of a tree by its dotted key ("check.summary_one"), cut at its slots. */
function flatten(tree: Tree): Map<string, Template> {
  let out = cut.get(tree);
  if (!out) cut.set(tree, (out = flattenInto(tree, '', new Map())));
  return out;
}

function flattenInto(tree: Tree, prefix: string, out: Map<string, Template>): Map<string, Template> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, parse(v));
    else flattenInto(v, key, out);
  }
  return out;
}

function translateIn(templates: Map<string, Template>, lang: Lang, key: string, vars: Vars = {}): string {
  let t = templates.get(key);
  if (typeof vars.count === 'number')
    t = templates.get(`${key}_${plurals[lang].select(vars.count)}`) ?? templates.get(`${key}_other`) ?? t;
  return t ? render(t, vars, lang) : key;
}

/** The text of `key` in a namespace's tree for one language; the key itself when it is missing (a test forbids that). */
export function translate(tree: object, lang: Lang, key: string, vars: Vars = {}): string {
  return translateIn(flatten(tree as Tree), lang, key, vars);
}

/**
 * The translate function of one namespace and language: t('check.run'), t('check.summary', { count: 3 }). The
 * namespace's texts are cut at their slots once, here: keep the function rather than make one per message.
 */
export function translator<T extends object>(namespace: { fr: T; en: object }, lang: Lang): Translate {
  const templates = flatten(namespace[lang] as Tree);
  return (key, vars) => translateIn(templates, lang, key, vars);
}

/** Both languages' translate functions of a namespace, made once (for the checks, which write thousands of findings). */
export function translators<T extends object>(namespace: { fr: T; en: object }): Record<Lang, Translate> {
  return { fr: translator(namespace, 'fr'), en: translator(namespace, 'en') };
}
