// What one WordDocument remembers between calls: the user's language, how paragraphs are named, the text each
// name had at the last read, Jalon's marks in the document, the notices for the pane, and Jalon's own writes
// (so that their change events do not trigger a re-check). Every job of the Word layer reads and updates it.
import { host as messages, translator, type HostCapabilities, type HostNotice, type Lang, type Vars } from '../core';
import type { SelfWrites } from './events';
import type { AnnotationRecord } from './critiques';
import type { HighlightRecord } from './highlights';

export interface Known {
  index: number;
  fp: string;
}

export class Session {
  caps: HostCapabilities | undefined;
  /**
   * How paragraphs are named: 'uid' (uniqueLocalId, WordApi 1.6) until Word gives a null or repeated id, or refuses
   * the property; then 'position' (index and text fingerprint) for the rest of the session, so names stay stable.
   */
  idMode: 'uid' | 'position' | undefined;
  /** The index and text fingerprint each paragraph id had at the last read: checked before every write. */
  known = new Map<string, Known>();
  highlights: HighlightRecord[] | undefined;
  /** In memory only: Word keeps annotations in memory too, so they end with the session. */
  annotations: AnnotationRecord[] = [];
  /** Set when the host refused critiques (no Microsoft 365 service): highlights from then on. */
  annotationsRefused = false;
  swept = false;
  /** Set when the host refused a content control's placeholder text: fields are inserted without it. */
  placeholdersRefused = false;
  private notices: HostNotice[] = [];
  private said = new Set<string>();

  constructor(
    readonly lang: Lang,
    readonly selfWrites: SelfWrites,
  ) {}

  /** The message in the user's language (errors). */
  t(key: string, vars?: Vars): string {
    return translator(messages, this.lang)(key, vars);
  }

  /** Words in both languages (text Jalon writes follows the user's language; notices follow the pane's). */
  both(key: string, vars?: Vars): Record<Lang, string> {
    return { fr: translator(messages, 'fr')(key, vars), en: translator(messages, 'en')(key, vars) };
  }

  /** Tells the pane what the host could not do; `once` notices are said once per session. */
  notice(code: string, vars?: Vars, once = false): void {
    if (once && this.said.has(code)) return;
    this.said.add(code);
    this.notices.push({ code, text: this.both(`notices.${code}`, vars) });
  }

  takeNotices(): HostNotice[] {
    const out = this.notices;
    this.notices = [];
    return out;
  }
}
