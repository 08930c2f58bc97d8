// The fold that keeps offsets (one code unit for one): moved out of the date grammar (index.ts) unchanged, so that
// the text rules, which fold a commitment's title for its fingerprint, need not load the date patterns.

/** Lower case without accents, same length as the input (so offsets stay valid). */
export function foldSameLength(s: string): string {
  if (s.length >= LONG) return foldLong(s);
  // Plans are folded many times over (labels, cues, dates): ASCII runs are lower-cased as slices, only the
  // other characters go one by one through the table.
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 128) continue;
    if (i > run) out += s.slice(run, i).toLowerCase();
    out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
    run = i + 1;
  }
  if (run === 0) return s.toLowerCase();
  return run < s.length ? out + s.slice(run).toLowerCase() : out;
}

// A whole plan (a million characters, an accented letter every twenty) is folded unit by unit into a buffer,
// made a string at once by a UTF-16 decoder: piecing it together from slices builds a rope of some 50,000 parts
// (twice the time). The decoder is in every host of the core (browsers, workers, Node), though in no ES typing.
declare const TextDecoder: (new (label: string) => { decode(units: Uint16Array): string }) | undefined;
const LONG = 2048;
const CHUNK = 8192;
/** foldUnit's table, filled as units are met; 0 is "not yet" (U+0000 folds to itself anyway). */
const FOLDED_UNITS = new Uint16Array(65536);
for (let c = 0; c < 128; c++) FOLDED_UNITS[c] = c >= 65 && c <= 90 ? c + 32 : c;
// Typographic apostrophes (Word and pandoc write ’) read as the straight one: « D’ici 2023 » is « d'ici 2023 ».
for (const c of [0x2019, 0x2018, 0x2bc]) FOLDED_UNITS[c] = 0x27;
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = typeof TextDecoder === 'function' && littleEndian ? new TextDecoder('utf-16le') : undefined;
let buffer = new Uint16Array(0);

function foldLong(s: string): string {
  const n = s.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const units = buffer;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const f = foldUnit(s.charCodeAt(i));
    if (f >= 0xd800 && f <= 0xdfff) surrogates = true; // surrogates fold to themselves
    units[i] = f;
  }
  // A decoder would make a lone surrogate U+FFFD: text with surrogates is made by chunks instead.
  if (utf16 && !surrogates) return utf16.decode(units.subarray(0, n));
  const parts: string[] = [];
  for (let k = 0; k < n; k += CHUNK)
    parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]));
  return parts.join('');
}

/** One UTF-16 unit in, one out: accents dropped, case lowered, apostrophes straight; ligatures and odd letters stay as they are. */
function foldUnit(c: number): number {
  let f = FOLDED_UNITS[c];
  if (f === 0 && c !== 0) {
    const ch = String.fromCharCode(c);
    const base = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    FOLDED_UNITS[c] = f = (base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch).charCodeAt(
      0,
    );
  }
  return f;
}
