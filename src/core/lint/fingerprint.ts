// Fingerprints for "ignore this occurrence": rule + normalised match + a few neighbouring words, hashed.
// Text elsewhere in the document can change without changing them.

/** cyrb53: a fast 53-bit string hash, good enough to tell occurrences apart (not for security). */
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
  return cyrb53(`${ruleId}\u0000${normalisedMatch}\u0000${context}`).toString(36).padStart(11, '0');
}

/** The same idea from token hashes (no strings built): rule, matched words, two words either side. */
export function fingerprintOfHashes(ruleId: string, hashes: readonly number[]): string {
  let h1 = 0x9e3779b9;
  let h2 = 0x85ebca6b;
  const mix = (x: number): void => {
    h1 = Math.imul(h1 ^ x, 2654435761);
    h2 = Math.imul(h2 ^ x, 1597334677);
    h1 = (h1 << 13) | (h1 >>> 19);
    h2 = (h2 << 17) | (h2 >>> 15);
  };
  for (let i = 0; i < ruleId.length; i++) mix(ruleId.charCodeAt(i));
  for (const x of hashes) mix(x);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}
