// Fingerprints for "ignore this occurrence": rule + normalised match + a few neighbouring words, hashed.
// Text elsewhere in the document can change without changing them.

/** 16 hex digits. cyrb53: a fast 53-bit string hash, good enough to tell occurrences apart (not for security). */
function cyrb53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function fingerprint(ruleId: string, normalisedMatch: string, context: string): string {
  const h = cyrb53(`${ruleId}\u0000${normalisedMatch}\u0000${context}`);
  return hex64(Math.floor(h / 4294967296), h >>> 0);
}

const DIGITS = '0123456789abcdef';
const digit = (x: number, shift: number) => DIGITS.charCodeAt((x >>> shift) & 15);

/** Sixteen hex digits as one flat string (a chain of concatenations would keep eight pieces per fingerprint). */
function hex64(hi: number, lo: number): string {
  // prettier-ignore
  return String.fromCharCode(
    digit(hi, 28), digit(hi, 24), digit(hi, 20), digit(hi, 16), digit(hi, 12), digit(hi, 8), digit(hi, 4), digit(hi, 0),
    digit(lo, 28), digit(lo, 24), digit(lo, 20), digit(lo, 16), digit(lo, 12), digit(lo, 8), digit(lo, 4), digit(lo, 0),
  );
}

/** The same idea from word hashes, without building strings: rule, two words before, the match, two after. */
export function fingerprintOfHashes(
  ruleId: string,
  b2: number,
  b1: number,
  match: number,
  a1: number,
  a2: number,
): string {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  for (let i = 0; i < ruleId.length; i++) {
    h1 = Math.imul(h1 ^ ruleId.charCodeAt(i), 2654435761);
    h2 = Math.imul(h2 ^ ruleId.charCodeAt(i), 1597334677);
  }
  h1 = Math.imul(h1 ^ b2, 2654435761);
  h2 = Math.imul(h2 ^ b2, 1597334677);
  h1 = Math.imul(((h1 << 13) | (h1 >>> 19)) ^ b1, 2654435761);
  h2 = Math.imul(((h2 << 17) | (h2 >>> 15)) ^ b1, 1597334677);
  h1 = Math.imul(((h1 << 13) | (h1 >>> 19)) ^ match, 2654435761);
  h2 = Math.imul(((h2 << 17) | (h2 >>> 15)) ^ match, 1597334677);
  h1 = Math.imul(((h1 << 13) | (h1 >>> 19)) ^ a1, 2654435761);
  h2 = Math.imul(((h2 << 17) | (h2 >>> 15)) ^ a1, 1597334677);
  h1 = Math.imul(((h1 << 13) | (h1 >>> 19)) ^ a2, 2654435761);
  h2 = Math.imul(((h2 << 17) | (h2 >>> 15)) ^ a2, 1597334677);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex64(h2, h1);
}
