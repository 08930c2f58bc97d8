// Fluent's icon font lives on a CDN; the pane has no network, so the few glyphs its components ask for are
// registered here as plain characters (aria-hidden by Fluent's Icon).
import { registerIcons } from '@fluentui/react/lib/Styling';

let done = false;
export function registerJalonIcons(): void {
  if (done) return;
  done = true;
  const glyph = (c: string) => c;
  registerIcons(
    {
      icons: {
        ChevronDown: glyph('⌄'),
        ChevronUp: glyph('⌃'),
        ChevronRight: glyph('›'),
        ChevronLeft: glyph('‹'),
        CheckMark: glyph('✓'),
        Cancel: glyph('✕'),
        Clear: glyph('✕'),
        Info: glyph('ℹ'),
        ErrorBadge: glyph('⛔'),
        Error: glyph('!'),
        Warning: glyph('⚠'),
        Blocked2: glyph('⛔'),
        Completed: glyph('✓'),
        Search: glyph('⌕'),
        More: glyph('…'),
        SortUp: glyph('↑'),
        SortDown: glyph('↓'),
      },
    },
    { disableWarnings: true },
  );
}
