// A small stable 32-bit hash (FNV-1a over UTF-16 units): fingerprints, shingles and sentence keys.
// Not cryptographic: it only has to be stable across runs and machines.
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** fnv1a of the parts joined by U+241F, hashed part after part (without making the joined string). */
export function fingerprintOf(...parts: string[]): string {
  let h = fnv1a(parts[0] ?? '');
  for (let k = 1; k < parts.length; k++) h = fnv1a(parts[k], fnv1a('\u241f', h));
  return h.toString(36);
}
