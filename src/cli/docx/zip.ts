// The zip layer of a .docx, with fflate. Archives are hostile until proven otherwise: sizes are checked as
// declared in the central directory and again as actually inflated, chunk by chunk, so a bomb is stopped
// before it fills memory.
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { DEFAULT_LIMITS, isPdf, ReadError, type ZipLimits } from '../read/error';

// Where they were first defined: the readers and their tests import them from here.
export { DEFAULT_LIMITS, ReadError, type ZipLimits };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, sig: readonly number[]): boolean {
  return data.length >= sig.length && sig.every((b, i) => data[i] === b);
}

/** Office writes password-protected files as an OLE container with an "EncryptedPackage" stream. */
function isEncryptedCfb(data: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Recognises what the bytes are before trying to unzip them, for a precise message. */
export function sniff(data: Uint8Array): void {
  if (data.length === 0) throw new ReadError('empty');
  if (startsWith(data, CFB)) throw new ReadError(isEncryptedCfb(data) ? 'encrypted' : 'old-doc');
  if (isPdf(data)) throw new ReadError('pdf');
  if (!startsWith(data, [0x50, 0x4b])) throw new ReadError('not-zip');
}

/** Local header general-purpose flag bit 0: zip-level encryption (only meaningful once the archive is sound). */
function zipEncrypted(data: Uint8Array): boolean {
  return startsWith(data, [0x50, 0x4b, 0x03, 0x04]) && data.length > 7 && (data[6] & 1) === 1;
}

/**
 * Inflates the parts whose names `wanted` accepts. Throws ReadError for anything that is not a sound,
 * reasonably sized zip.
 */
export function readParts(
  data: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_LIMITS,
): Map<string, Uint8Array> {
  sniff(data);
  // Pass 1: the central directory only (the filter returns false, so nothing is inflated).
  const declared = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(data, {
      filter: (f) => {
        total += f.originalSize;
        if (wanted(f.name)) {
          declared.set(f.name, f.originalSize);
          if (f.originalSize > limits.maxEntry) throw new ReadError('zip-bomb', f.name);
        }
        if (total > limits.maxTotal) throw new ReadError('zip-bomb');
        return false;
      },
    });
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('truncated', (e as Error).message);
  }
  if (zipEncrypted(data)) throw new ReadError('encrypted');

  // Pass 2: inflate the wanted parts, counting what really comes out.
  const out = new Map<string, Uint8Array>();
  const chunks = new Map<string, Uint8Array[]>();
  const sizes = new Map<string, number>();
  let failure: ReadError | undefined;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!declared.has(file.name) || chunks.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    sizes.set(file.name, 0);
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = new ReadError('truncated', `${file.name}: ${err.message}`);
        return;
      }
      const size = (sizes.get(file.name) ?? 0) + chunk.length;
      sizes.set(file.name, size);
      // More than declared is a lie about the size: the archive is refused, as a bomb would be.
      if (size > limits.maxEntry || size > (declared.get(file.name) ?? 0)) {
        failure = new ReadError('zip-bomb', file.name);
        file.terminate();
        return;
      }
      parts.push(chunk);
      if (final) out.set(file.name, concat(parts, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small slices bound what one push can inflate (deflate expands at most ~1032:1).
  const slice = 64 * 1024;
  try {
    for (let i = 0; i < data.length && !failure; i += slice) {
      unzip.push(data.subarray(i, Math.min(data.length, i + slice)), i + slice >= data.length);
    }
  } catch (e) {
    if (!failure) failure = new ReadError('truncated', (e as Error).message);
  }
  if (failure) throw failure;
  for (const name of declared.keys()) {
    if (!out.has(name)) throw new ReadError('truncated', name);
  }
  return out;
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const all = new Uint8Array(size);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  return all;
}
