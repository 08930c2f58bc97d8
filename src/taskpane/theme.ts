// Office-like light and dark themes. Colours of the dark palette chosen for WCAG AA contrast on #1f1f1f.
import { createTheme, type ITheme as Theme } from '@fluentui/react/lib/Styling';

const FONT =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

export const lightTheme: Theme = createTheme({
  defaultFontStyle: { fontFamily: FONT },
  palette: {
    themePrimary: '#185abd', // Word blue, 6.4:1 on white
    themeLighterAlt: '#f3f7fc',
    themeLighter: '#d0dff4',
    themeLight: '#a9c4ea',
    themeTertiary: '#5e8fd5',
    themeSecondary: '#2a69c4',
    themeDarkAlt: '#1651aa',
    themeDark: '#12448f',
    themeDarker: '#0d326a',
  },
});

export const darkTheme: Theme = createTheme({
  defaultFontStyle: { fontFamily: FONT },
  isInverted: true,
  palette: {
    themePrimary: '#6ea8f7',
    themeLighterAlt: '#04070a',
    themeLighter: '#111b28',
    themeLight: '#21334b',
    themeTertiary: '#426796',
    themeSecondary: '#6197dc',
    themeDarkAlt: '#7cb1f8',
    themeDark: '#90bef9',
    themeDarker: '#add0fb',
    neutralLighterAlt: '#282828',
    neutralLighter: '#313131',
    neutralLight: '#3f3f3f',
    neutralQuaternaryAlt: '#484848',
    neutralQuaternary: '#4f4f4f',
    neutralTertiaryAlt: '#6d6d6d',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#d0d0d0',
    neutralSecondaryAlt: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f',
  },
});

/** Office themes: a dark body background means a dark theme (officeTheme has no "isDark" flag). */
export function isDarkColour(hex: string | undefined): boolean {
  if (!hex) return false;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
