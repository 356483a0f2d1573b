import { describe, expect, it } from 'vitest';
import { quorumTheme } from '../../../renderer/src/app/theme';

describe('theme and reduced motion', () => {
  it('takes no time over any transition when the system asks for reduced motion', () => {
    const theme = quorumTheme(true);
    expect(Object.values(theme.transitions.duration).every((ms) => ms === 0)).toBe(true);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
    // The focus ripple goes too, so keyboard focus is drawn by MUI's focus ring.
    expect(theme.focusVisible).toMatchObject({ outlineStyle: 'solid' });
  });

  it("keeps MUI's transitions otherwise", () => {
    const theme = quorumTheme(false);
    expect(theme.transitions.duration.standard).toBeGreaterThan(0);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBeUndefined();
    expect(theme.focusVisible).toBeFalsy();
    expect(theme.components?.MuiButton?.defaultProps?.disableElevation).toBe(true);
  });
});

describe('theme design rules', () => {
  it('writes buttons and tabs in sentence case with the bundled font', () => {
    const theme = quorumTheme(true);
    expect(theme.typography.button.textTransform).toBe('none');
    expect(theme.typography.fontFamily).toMatch(/^"Inter"/);
  });

  it('has a dark theme whose page is dark, and compact rows that are tighter', () => {
    const dark = quorumTheme({ reduceMotion: true, mode: 'dark' });
    expect(dark.palette.mode).toBe('dark');
    expect(dark.quorum.mode).toBe('dark');
    expect(dark.palette.background.default).not.toBe(quorumTheme(true).palette.background.default);
    const cell = (density: 'comfortable' | 'compact') =>
      (quorumTheme({ reduceMotion: true, density }).components?.MuiTableCell?.styleOverrides?.root as { padding: string }).padding;
    expect(cell('compact')).not.toBe(cell('comfortable'));
  });
});
