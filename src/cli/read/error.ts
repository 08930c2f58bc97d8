// Why a draft could not be read, for every format, and the limits an archive is read within. Apart from the zip
// layer, so that a thread that never opens an archive (the one that analyses what reader threads read) does
// not load the unzipping and XML libraries to know this error.
import type { ReadErrorCode } from '../i18n';

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail?: string,
    /** For damaged XML: the part and line, shown to the user. */
    readonly where?: { part: string; line: number },
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export interface ZipLimits {
  /** Largest inflated size of one part Jalon reads. */
  maxEntry: number;
  /** Largest inflated size of the whole archive as declared. */
  maxTotal: number;
}

// A 500-page plan's document.xml is about 10 MB; Word never gets near these.
export const DEFAULT_LIMITS: ZipLimits = { maxEntry: 128 * 1024 * 1024, maxTotal: 512 * 1024 * 1024 };

/** "%PDF-": a PDF whatever its name (a plan is often sent as one), told apart from other unreadable files. */
export const isPdf = (data: Uint8Array): boolean =>
  data.length >= 5 && data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46 && data[4] === 0x2d;
