/**
 * Quorum's look, built from the tokens in design-tokens.ts: calm, official, high-contrast; a light
 * and a dark theme; the Inter font bundled with the app (nothing is fetched: the app runs offline).
 */
import { createTheme, type ThemeOptions } from '@mui/material/styles';
import {
  CHART_PALETTE,
  DENSITY_TOKENS,
  FONT_FAMILY,
  MODE_COLOURS,
  SPACING_UNIT,
  TONE_COLOURS,
  TYPE_SCALE,
  type ColourMode,
  type Density,
  type StatusTone,
  type ToneColour,
} from './design-tokens';
import { FONT_FACES } from './fonts';
import { UNCLIP_STYLE } from '../ui/ClippedText';

declare module '@mui/material/styles' {
  interface Theme {
    quorum: { mode: ColourMode; density: Density; chart: readonly string[]; tones: Record<StatusTone, ToneColour> };
  }
  interface ThemeOptions {
    quorum?: { mode: ColourMode; density: Density; chart: readonly string[]; tones: Record<StatusTone, ToneColour> };
  }
}

/**
 * With the operating system's "reduce motion" set, MUI's transitions (menus growing, dialogs
 * fading, ripples) take no time: a person who asked for less motion gets none, and an automated
 * click never lands on a menu that is still growing under the pointer. The buttons' focus ripple
 * goes with the ripples, so a keyboard-focused button is outlined instead.
 */
export function motionOptions(reduceMotion: boolean): Pick<ThemeOptions, 'transitions' | 'focusVisible'> & { components?: ThemeOptions['components'] } {
  if (!reduceMotion) return {};
  return {
    transitions: {
      duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
    },
    components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
    // Without the ripple MUI shows no keyboard focus on its buttons (the focus ripple was the
    // mark): MUI's focus ring instead (WCAG 2.4.7), for the keyboard only (:focus-visible), drawn
    // inside the controls an overflow would clip (tabs, menu and list items).
    focusVisible: true,
  };
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export interface ThemeChoice {
  reduceMotion: boolean;
  mode?: ColourMode;
  density?: Density;
}

export function quorumTheme(choice: boolean | ThemeChoice) {
  const { reduceMotion, mode = 'light', density = 'comfortable' } = typeof choice === 'boolean' ? { reduceMotion: choice } : choice;
  const motion = motionOptions(reduceMotion);
  const c = MODE_COLOURS[mode];
  const tones = TONE_COLOURS[mode];
  const rows = DENSITY_TOKENS[density];
  return createTheme({
    quorum: { mode, density, chart: CHART_PALETTE[mode], tones },
    spacing: SPACING_UNIT,
    palette: {
      mode,
      // MUI picks a text colour for a coloured fill with at least this contrast (WCAG AA).
      contrastThreshold: 4.5,
      primary: { main: c.primary, contrastText: c.primaryText },
      secondary: { main: c.secondary, contrastText: c.secondaryText },
      error: { main: tones.danger.fill, contrastText: tones.danger.text },
      warning: { main: tones.warning.fill, contrastText: tones.warning.text },
      success: { main: tones.success.fill, contrastText: tones.success.text },
      info: { main: tones.info.fill, contrastText: tones.info.text },
      background: { default: c.background, paper: c.paper },
      text: { primary: c.text, secondary: c.textSecondary },
      divider: c.divider,
    },
    typography: {
      fontFamily: FONT_FAMILY,
      htmlFontSize: 16,
      fontSize: 14,
      h1: { fontSize: `${TYPE_SCALE.h1}rem`, fontWeight: 600, letterSpacing: '-0.01em', lineHeight: 1.25 },
      h2: { fontSize: `${TYPE_SCALE.h2}rem`, fontWeight: 600, lineHeight: 1.3 },
      h3: { fontSize: `${TYPE_SCALE.h3}rem`, fontWeight: 600, lineHeight: 1.35 },
      body1: { fontSize: `${TYPE_SCALE.body1}rem` },
      body2: { fontSize: `${TYPE_SCALE.body2}rem` },
      caption: { fontSize: `${TYPE_SCALE.caption}rem` },
      // Sentence case: "Save who I am", never "SAVE WHO I AM".
      button: { textTransform: 'none', fontWeight: 600 },
    },
    shape: { borderRadius: 8 },
    ...(motion.transitions ? { transitions: motion.transitions } : {}),
    ...(motion.focusVisible ? { focusVisible: motion.focusVisible } : {}),
    components: {
      ...motion.components,
      MuiCssBaseline: { styleOverrides: FONT_FACES },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
      MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
      // A row with keyboard focus shows its clipped texts (ui/ClippedText) in full. Keyboard focus
      // only (:focus-visible): a row growing under a mouse press would move the link from under it.
      MuiTableRow: { styleOverrides: { root: { '&:has(:focus-visible) [data-clip]': UNCLIP_STYLE } } },
      MuiTableCell: {
        styleOverrides: {
          root: {
            padding: `${rows.tableCellPaddingY}px ${rows.tableCellPaddingX}px`,
            fontSize: `${rows.rowFontSize}rem`,
            // Words wrap between words, never inside one ("Adjustm/ents").
            overflowWrap: 'normal',
            wordBreak: 'keep-all',
          },
          head: { fontWeight: 600, color: c.textSecondary, whiteSpace: 'nowrap' },
          sizeSmall: { padding: `${Math.max(2, rows.tableCellPaddingY - 4)}px ${rows.tableCellPaddingX}px` },
        },
      },
    },
  });
}
