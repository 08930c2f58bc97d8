// Installs the fake as the Word global, and an office-addin-mock OfficeMockObject as the Office global (settings,
// requirement sets from the host profile, display language, platform).
import { OfficeMockObject } from 'office-addin-mock';
import type { FakeContext } from './context';
import { PROFILES, type HostProfile } from './profiles';
import type { FakeWordDocument } from '../fakeWord';

export interface InstallOptions {
  /** The host; defaults to Word for Windows, Microsoft 365. */
  profile?: HostProfile;
  /** Overrides the profile's highest WordApi set. */
  wordApi?: string;
  displayLanguage?: string;
  settings?: Record<string, unknown>;
  noSettings?: boolean;
}

/** Installs the fake as the Word global and an office-addin-mock Office global; returns the settings store. */
export async function installFake(
  doc: FakeWordDocument,
  opts: InstallOptions = {},
): Promise<{ settings: Map<string, unknown>; saves: () => number }> {
  doc.profile = { ...(opts.profile ?? PROFILES.windows365), ...(opts.wordApi ? { wordApi: opts.wordApi } : {}) };
  const settings = new Map<string, unknown>(Object.entries(opts.settings ?? {}));
  let saves = 0;
  const officeData = {
    context: {
      displayLanguage: opts.displayLanguage ?? 'fr-FR',
      platform: doc.profile.platform,
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'WordApi' && doc.listsApi(version ?? '1.1'),
      },
      document: opts.noSettings
        ? {}
        : {
            settings: {
              get: (k: string) => (settings.has(k) ? JSON.parse(JSON.stringify(settings.get(k))) : null),
              set: (k: string, v: unknown) => settings.set(k, JSON.parse(JSON.stringify(v))),
              remove: (k: string) => settings.delete(k),
              saveAsync: (cb: (r: { status: string }) => void) => {
                saves += 1;
                cb({ status: 'succeeded' });
              },
            },
            addHandlerAsync: () => undefined,
            removeHandlerAsync: () => undefined,
          },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
  };
  const office = new OfficeMockObject(officeData);
  // The mock hides scalars until loaded and synced, as Office.js does for Word objects.
  office.context.load('displayLanguage,platform');
  office.AsyncResultStatus.load('Succeeded,Failed');
  office.EventType.load('DocumentSelectionChanged');
  await office.sync();
  const word = new OfficeMockObject({
    // Word.run(batch) or Word.run(objectOfAnEarlierContext, batch).
    run: async <T>(a: unknown, b?: (ctx: FakeContext) => Promise<T>) =>
      typeof a === 'function' ? (a as (ctx: FakeContext) => Promise<T>)(doc.context()) : b!(doc.context()),
  });
  const g = globalThis as unknown as { Office: unknown; Word: unknown };
  g.Office = office;
  g.Word = word;
  return { settings, saves: () => saves };
}
