// Pane layout. Every interactive element of our own gets a visible focus ring; sizes hold at 320 px.
import { mergeStyleSets, type ITheme as Theme } from '@fluentui/react/lib/Styling';

export function paneStyles(theme: Theme) {
  const p = theme.palette;
  const s = theme.semanticColors;
  const dark = theme.isInverted;
  // Status colours with AA contrast on either background.
  const green = dark ? '#6ccb5f' : '#107c10';
  const red = dark ? '#ff99a4' : '#c50f1f';
  const orange = dark ? '#fce100' : '#bc4b09';
  const focus = {
    outline: `2px solid ${p.themePrimary}`,
    outlineOffset: 1,
  };
  const plainButton = {
    font: 'inherit',
    color: 'inherit',
    background: 'transparent',
    border: '1px solid transparent',
    textAlign: 'left' as const,
    cursor: 'pointer',
    selectors: { ':focus-visible': focus, ':hover': { background: p.neutralLighter } },
  };
  // The first script's buttons (components/Button.tsx) in the look of Fluent's DefaultButton and PrimaryButton.
  const button = (bg: string, text: string, border: string, hovered: string, pressed: string) => ({
    font: 'inherit',
    fontWeight: 600,
    minWidth: 80,
    minHeight: 32,
    maxWidth: '100%',
    padding: '4px 16px',
    lineHeight: '1.3',
    borderRadius: 2,
    border: `1px solid ${border}`,
    background: bg,
    color: text,
    cursor: 'pointer',
    selectors: {
      ':hover': { background: hovered },
      ':active': { background: pressed },
      ':focus-visible': focus,
      ':disabled': {
        background: s.buttonBackgroundDisabled,
        color: s.buttonTextDisabled,
        borderColor: s.buttonBackgroundDisabled,
        cursor: 'default',
      },
    },
  });
  return mergeStyleSets({
    button: button(
      s.buttonBackground,
      s.buttonText,
      s.buttonBorder,
      s.buttonBackgroundHovered,
      s.buttonBackgroundPressed,
    ),
    primaryButton: button(
      s.primaryButtonBackground,
      s.primaryButtonText,
      s.primaryButtonBackground,
      s.primaryButtonBackgroundHovered,
      s.primaryButtonBackgroundPressed,
    ),
    root: {
      background: s.bodyBackground,
      color: s.bodyText,
      minHeight: '100%',
      boxSizing: 'border-box',
      padding: 8,
      minWidth: 0,
      fontSize: 14,
      lineHeight: '1.4',
      overflowWrap: 'anywhere',
      selectors: {
        '*': { boxSizing: 'border-box' },
        // Long French labels wrap at 320 px: Fluent's buttons must grow instead of clipping.
        '& .ms-Button': { height: 'auto', minHeight: 32, paddingTop: 4, paddingBottom: 4, maxWidth: '100%' },
        '& .ms-Button-label': { whiteSpace: 'normal', lineHeight: '1.3' },
      },
    },
    header: {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      flexWrap: 'wrap',
      gap: 4,
      marginBottom: 6,
    },
    brand: { margin: 0, fontSize: 20, fontWeight: 600 },
    tagline: { margin: 0, fontSize: 12, color: s.bodySubtext },
    segmented: { display: 'inline-flex', border: `1px solid ${p.neutralTertiary}`, borderRadius: 2 },
    segment: [plainButton, { padding: '2px 8px', minWidth: 32, textAlign: 'center' as const, borderRadius: 0 }],
    segmentOn: { background: p.themePrimary, color: p.white, selectors: { ':hover': { background: p.themeDarkAlt } } },
    // The tabs stay on one row: their short labels fit at 320 px; should a font be wider, the row scrolls (room
    // kept for the focus ring).
    tabs: {
      display: 'flex',
      flexWrap: 'nowrap',
      overflowX: 'auto',
      scrollbarWidth: 'thin',
      gap: 2,
      padding: 3,
      borderBottom: `1px solid ${p.neutralLight}`,
      marginBottom: 8,
    },
    tab: [
      plainButton,
      {
        padding: '6px 6px',
        borderBottom: '2px solid transparent',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        flexShrink: 0,
      },
    ],
    tabOn: { borderBottomColor: p.themePrimary, color: p.themePrimary },
    section: { display: 'flex', flexDirection: 'column', gap: 8 },
    row: { display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' },
    muted: { color: s.bodySubtext, fontSize: 12 },
    h2: { fontSize: 16, fontWeight: 600, margin: '4px 0' },
    h3: { fontSize: 14, fontWeight: 600, margin: '2px 0' },
    groupHeader: [
      plainButton,
      {
        width: '100%',
        display: 'flex',
        justifyContent: 'space-between',
        gap: 6,
        padding: '6px 4px',
        fontWeight: 600,
        borderBottom: `1px solid ${p.neutralLight}`,
      },
    ],
    badge: {
      display: 'inline-block',
      minWidth: 22,
      padding: '0 6px',
      borderRadius: 10,
      background: p.neutralLighter,
      color: s.bodyText,
      textAlign: 'center',
      fontWeight: 600,
      fontSize: 12,
      whiteSpace: 'nowrap',
      flexShrink: 0,
      alignSelf: 'flex-start',
    },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    item: [
      plainButton,
      {
        width: '100%',
        display: 'block',
        position: 'relative',
        padding: '6px 4px 6px 8px',
        borderLeft: '3px solid transparent',
      },
    ],
    itemSelected: { background: p.themeLighterAlt, borderLeftColor: p.themePrimary },
    actual: { fontWeight: 600 },
    sev_error: { borderLeftColor: red },
    sev_warning: { borderLeftColor: orange },
    sev_suggestion: { borderLeftColor: p.themePrimary },
    sev_info: { borderLeftColor: p.neutralTertiary },
    detail: {
      padding: 8,
      margin: '0 0 6px 8px',
      borderLeft: `3px solid ${p.themePrimary}`,
      background: p.neutralLighterAlt,
      display: 'flex',
      flexDirection: 'column',
      gap: 6,
    },
    nav: {
      position: 'sticky',
      top: 0,
      zIndex: 1,
      background: s.bodyBackground,
      display: 'flex',
      flexWrap: 'wrap',
      gap: 6,
      alignItems: 'center',
      padding: '4px 0',
    },
    card: {
      border: `1px solid ${p.neutralLight}`,
      borderRadius: 4,
      padding: 8,
      display: 'flex',
      flexDirection: 'column',
      gap: 6,
    },
    checkItem: { display: 'flex', gap: 6, alignItems: 'flex-start', padding: '2px 0' },
    earned: { color: green, fontWeight: 700, minWidth: 16 },
    missing: { color: red, fontWeight: 700, minWidth: 16 },
    select: {
      font: 'inherit',
      color: s.inputText,
      background: s.inputBackground,
      border: `1px solid ${s.inputBorder}`,
      borderRadius: 2,
      padding: '4px 6px',
      maxWidth: '100%',
      minWidth: 0,
      selectors: { ':focus-visible': focus },
    },
    table: { width: '100%', borderCollapse: 'collapse', fontSize: 13, tableLayout: 'fixed' },
    th: {
      textAlign: 'left',
      fontSize: 12,
      overflowWrap: 'normal',
      wordBreak: 'normal',
      hyphens: 'auto',
      borderBottom: `1px solid ${p.neutralTertiaryAlt}`,
      padding: '4px 2px',
      verticalAlign: 'bottom',
    },
    td: { borderBottom: `1px solid ${p.neutralLight}`, padding: '4px 2px', verticalAlign: 'top' },
    sortButton: [plainButton, { padding: 0, fontWeight: 600, width: '100%' }],
    linkButton: [
      plainButton,
      {
        padding: 0,
        color: p.themePrimary,
        textDecoration: 'underline',
        selectors: { ':hover': { background: 'transparent' } },
      },
    ],
    label: { fontWeight: 600, display: 'block', marginBottom: 2 },
    srOnly: {
      position: 'absolute',
      width: 1,
      height: 1,
      padding: 0,
      margin: -1,
      overflow: 'hidden',
      clip: 'rect(0, 0, 0, 0)',
      whiteSpace: 'nowrap',
      border: 0,
    },
  });
}

export type PaneStyles = ReturnType<typeof paneStyles>;
