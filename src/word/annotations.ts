// Word annotations (critiques): an underline drawn by Word from memory, never saved into the .docx, with a
// pop-up of suggestions. WordApi 1.7 inserts, lists and deletes them; WordApi 1.8 adds the pop-up
// (popupOptions) and the event telling which suggestion the author picked. Microsoft documents that they need
// a Microsoft 365 subscription: a perpetual Office may list the set and still refuse the call (GeneralException),
// so the caller falls back to highlights when the insertion fails.
import type { HighlightKind, HighlightRequest } from '../core';

/**
 * Manifest resource ids (manifest.xml, bt:ShortStrings, fr-FR with en-US overrides). The pop-up's title and
 * subtitle can only be manifest strings, so they name the kind of finding; the message itself is in the pane.
 */
export const ANNOTATION_RESOURCES = {
  brand: 'Jalon.Annotation.Brand',
  title: {
    error: 'Jalon.Annotation.Error',
    warning: 'Jalon.Annotation.Warning',
    suggestion: 'Jalon.Annotation.Suggestion',
    info: 'Jalon.Annotation.Info',
  },
  subtitleWithSuggestions: 'Jalon.Annotation.Choose',
  subtitlePlain: 'Jalon.Annotation.SeePane',
} as const;

/** Word draws spelling in red and refinements in lavender: Jalon follows the same reading of colours. */
export const CRITIQUE_COLOURS: Record<Exclude<HighlightKind, 'focus'>, 'Red' | 'Blue' | 'Lavender' | 'Green'> = {
  error: 'Red',
  warning: 'Blue',
  suggestion: 'Lavender',
  info: 'Green',
};

/** Word's pop-up shows three suggestions at most. */
export const MAX_POPUP_SUGGESTIONS = 3;

/**
 * The critique for one request on a paragraph of `textLength` UTF-16 units, or undefined if the span is empty
 * or outside the paragraph (Word rejects the whole batch for one bad critique).
 */
export function critiqueFor(req: HighlightRequest, textLength: number, popup: boolean): Word.Critique | undefined {
  if (req.kind === 'focus') return undefined;
  const start = Math.max(0, Math.min(req.start, textLength));
  const end = Math.max(start, Math.min(req.end, textLength));
  if (end <= start) return undefined;
  const critique: Word.Critique = { start, length: end - start, colorScheme: CRITIQUE_COLOURS[req.kind] };
  if (popup) {
    // Accepting a suggestion in the pop-up is Word's own edit, made on the author's click: Jalon writes nothing.
    const offered = req.suggestionsReplace ? (req.suggestions ?? []) : [];
    const suggestions = [...new Set(offered.map((s) => s.trim()).filter(Boolean))].slice(0, MAX_POPUP_SUGGESTIONS);
    critique.popupOptions = {
      brandingTextResourceId: ANNOTATION_RESOURCES.brand,
      titleResourceId: ANNOTATION_RESOURCES.title[req.kind],
      subtitleResourceId: suggestions.length
        ? ANNOTATION_RESOURCES.subtitleWithSuggestions
        : ANNOTATION_RESOURCES.subtitlePlain,
      suggestions,
    };
  }
  return critique;
}
