// Items in text order (paragraphs, template prompts) searched by halves: findings come by the thousand.

/** The index of the last item that starts at or before `offset` (-1 if none); items sorted by start. */
export function lastStartingAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
