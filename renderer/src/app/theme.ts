/** Quorum's look: calm, official, high-contrast; system fonts so nothing is fetched. */
import { createTheme, type ThemeOptions } from '@mui/material/styles';

/**
 * With the operating system's "reduce motion" set, MUI's transitions (menus growing, dialogs
 * fading, ripples) take no time: a person who asked for less motion gets none, and an automated
 * click never lands on a menu that is still growing under the pointer.
 */
export function motionOptions(reduceMotion: boolean): Pick<ThemeOptions, 'transitions'> & { components?: ThemeOptions['components'] } {
  if (!reduceMotion) return {};
  return {
    transitions: {
      duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
    },
    components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
  };
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function quorumTheme(reduceMotion: boolean) {
  const motion = motionOptions(reduceMotion);
  return createTheme({
    palette: {
      primary: { main: '#1b4d3e', contrastText: '#ffffff' },
      secondary: { main: '#8a5a00', contrastText: '#ffffff' },
      background: { default: '#f5f6f8', paper: '#ffffff' },
    },
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
      h1: { fontSize: '1.75rem', fontWeight: 600 },
      h2: { fontSize: '1.25rem', fontWeight: 600 },
      h3: { fontSize: '1.05rem', fontWeight: 600 },
    },
    shape: { borderRadius: 8 },
    ...(motion.transitions ? { transitions: motion.transitions } : {}),
    components: {
      ...motion.components,
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    },
  });
}

export const theme = quorumTheme(prefersReducedMotion());
