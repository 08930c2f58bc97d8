// One way of quoting in each language's messages. English quotes the user's words and file names between straight
// double quotes ("renforcer", "CSV UTF-8") and writes its apostrophes straight (the plan's, don't): the style most of
// the English catalogue used, and the one commander's own messages and what users type (JSON, CSV, a shell) use.
// French keeps « … » and its typographic apostrophe (’), and never English curly quotes.
import * as messages from '../../../src/core/messages';

type Tree = { [key: string]: string | Tree };

/** Every text of one language of every namespace, with its place ("publish.problems.xlsx"). */
function texts(lang: 'fr' | 'en'): [string, string][] {
  const out: [string, string][] = [];
  const walk = (o: Tree, path: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out.push([`${path}.${k}`, v]);
      else walk(v, `${path}.${k}`);
    }
  };
  for (const [name, ns] of Object.entries(messages))
    if (ns && typeof ns === 'object' && lang in ns) walk((ns as Record<string, Tree>)[lang], name);
  return out;
}

/** The quoting marks and apostrophes a text uses, by style. */
function styles(text: string): Set<string> {
  const found = new Set<string>();
  if (/[“”]/.test(text)) found.add('curly double quotes');
  if (/‘/.test(text) || /’(?!\p{L})/u.test(text.replace(/\p{L}’\p{L}/gu, ''))) found.add('curly single quotes');
  if (/\p{L}’\p{L}/u.test(text)) found.add('curly apostrophe');
  if (/"/.test(text)) found.add('straight double quotes');
  if (/\p{L}'\p{L}/u.test(text)) found.add('straight apostrophe');
  if (/(^|[\s(])'[^']*'/.test(text)) found.add('straight single quotes');
  if (/[«»]/.test(text)) found.add('guillemets');
  return found;
}

describe('quoting marks in the catalogue', () => {
  it('English: straight double quotes and straight apostrophes only', () => {
    const wrong = texts('en').filter(([, t]) =>
      [...styles(t)].some((s) => !['straight double quotes', 'straight apostrophe'].includes(s)),
    );
    expect(wrong.map(([place, t]) => `${place}: ${t}`)).toEqual([]);
  });

  it('French: no English curly double quotes (« … » instead)', () => {
    const wrong = texts('fr').filter(([, t]) => styles(t).has('curly double quotes'));
    expect(wrong.map(([place, t]) => `${place}: ${t}`)).toEqual([]);
  });

  it('tells each style apart (the check itself)', () => {
    expect([...styles('“renforcer” is vague')]).toEqual(['curly double quotes']);
    expect([...styles('the plan’s title')]).toEqual(['curly apostrophe']);
    expect([...styles('‘renforcer’')]).toEqual(['curly single quotes']);
    expect([...styles("error: unknown option '--x'")]).toEqual(['straight single quotes']);
    expect([...styles('"renforcer" is the plan\'s')]).toEqual(['straight double quotes', 'straight apostrophe']);
  });
});
