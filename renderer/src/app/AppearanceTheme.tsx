/**
 * The theme of the app as the person chose it in Settings → Appearance (kept on this laptop), or
 * the operating system's light or dark when they chose "System" or have not chosen yet.
 */
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useMemo, type ReactNode } from 'react';
import { DEFAULT_APPEARANCE, type Appearance } from '../db/device-profile';
import { resolveColourMode } from './design-tokens';
import { prefersReducedMotion, quorumTheme } from './theme';

export function AppearanceTheme({ appearance, children }: { appearance?: Appearance | undefined; children: ReactNode }) {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const chosen = appearance ?? DEFAULT_APPEARANCE;
  const mode = resolveColourMode(chosen.colourMode, systemDark);
  const theme = useMemo(() => quorumTheme({ reduceMotion: prefersReducedMotion(), mode, density: chosen.density }), [mode, chosen.density]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
