// Plan text as the public reads it: the drafting check keeps the author's characters (Markdown table pipes,
// emphasis, link syntax); a published page or a spreadsheet cell wants the words.

export function plainText(text: string): string {
  let s = text.trim();
  // "| Arrêté fixant le format | mars 2018 |": a Markdown table row read as one milestone.
  if (/^\|.*\|$/.test(s))
    s = s
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '' && !/^:?-{3,}:?$/.test(c))
      .join(' – ');
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^\s*(?:[-*•·▪◦–]|\d{1,2}[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
