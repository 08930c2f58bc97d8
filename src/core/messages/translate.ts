// Messages outside React: "{{name}}" is replaced by the value, "{{count, number}}" by the number written for the
// language, and a key given a `count` picks its plural form ("key_one", "key_other") as i18next does, so the pane's
// i18next and the core and command line read the same texts the same way.
import type { Lang } from '../types';

export type Vars = Record<string, string | number | undefined>;
type Tree = { [key: string]: string | Tree };

const plurals: Record<Lang, Intl.PluralRules> = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };
const numbers: Record<Lang, Intl.NumberFormat> = { fr: new Intl.NumberFormat('fr'), en: new Intl.NumberFormat('en') };

/** Fills a template's "{{name}}" and "{{name, number}}" slots. */
export function fill(template: string, vars: Vars, lang: Lang): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(number)\s*)?\}\}/g, (_, name: string, format?: string) => {
    const value = vars[name];
    if (value === undefined) return '';
    return format === 'number' && typeof value === 'number' ? numbers[lang].format(value) : String(value);
  });
}

function lookup(tree: Tree, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** The text of `key` in a namespace's tree for one language; the key itself when it is missing (a test forbids that). */
export function translate(tree: object, lang: Lang, key: string, vars: Vars = {}): string {
  const t = tree as Tree;
  let node = lookup(t, key);
  if (typeof vars.count === 'number') {
    const plural = lookup(t, `${key}_${plurals[lang].select(vars.count)}`) ?? lookup(t, `${key}_other`);
    if (typeof plural === 'string') node = plural;
  }
  return typeof node === 'string' ? fill(node, vars, lang) : key;
}

/** The translate function of one namespace and language: t('check.run'), t('check.summary', { count: 3 }). */
export function translator<T extends object>(namespace: { fr: T; en: object }, lang: Lang) {
  const tree = namespace[lang];
  return (key: string, vars?: Vars): string => translate(tree, lang, key, vars);
}
