// The commitment holding an offset. Findings come by the thousand: commitments in text order are searched by
// halves (the order is checked once per list; a list out of order is searched one by one).
import type { Commitment } from '../types';

export function commitmentAt(commitments: readonly Commitment[], offset: number): Commitment | undefined {
  if (!inOrder(commitments)) return commitments.find((e) => e.start <= offset && offset < e.end);
  let lo = 0;
  let hi = commitments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = commitments[mid];
    if (offset < e.start) hi = mid - 1;
    else if (offset >= e.end) lo = mid + 1;
    else return e;
  }
  return undefined;
}

const checked = new WeakSet<readonly Commitment[]>();
function inOrder(commitments: readonly Commitment[]): boolean {
  if (checked.has(commitments)) return true;
  for (let i = 1; i < commitments.length; i++) if (commitments[i].start < commitments[i - 1].end) return false;
  checked.add(commitments);
  return true;
}
