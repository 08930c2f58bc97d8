// What the Word layer asks Office itself (not Word): requirement sets, the platform, the display language, the
// document's settings, and the shape of Word's errors. Each is read defensively: a host without one of them is an
// older host, not a failure.
import type { Lang } from '../core';

export function supported(set: string, version: string): boolean {
  try {
    return Boolean(Office?.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
}

/** Word on the web (Office.PlatformType.OfficeOnline), where some calls are refused or behave differently. */
export function isWeb(): boolean {
  try {
    return String(Office.context.platform) === 'OfficeOnline';
  } catch {
    return false;
  }
}

export function langFromOffice(): Lang {
  try {
    return /^en\b/i.test(Office.context.displayLanguage ?? '') ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function settingsOf(): Office.Settings | undefined {
  try {
    return Office.context.document.settings ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveSettings(s: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    s.saveAsync((result) => {
      if (!result || result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
    });
  });
}

/** Word's error code (OfficeExtension.Error.code: "GeneralException", "NotAllowed"...). */
export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Where in the batch Word failed (debugInfo.errorLocation: "Paragraph.insertAnnotations"...). */
export function errorLocation(e: unknown): string | undefined {
  const at = (e as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof at === 'string' ? at : undefined;
}
