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
