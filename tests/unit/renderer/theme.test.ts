import { describe, expect, it } from 'vitest';
import { quorumTheme } from '../../../renderer/src/app/theme';

describe('theme and reduced motion', () => {
  it('takes no time over any transition when the system asks for reduced motion', () => {
    const theme = quorumTheme(true);
    expect(Object.values(theme.transitions.duration).every((ms) => ms === 0)).toBe(true);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
  });

  it("keeps MUI's transitions otherwise", () => {
    const theme = quorumTheme(false);
    expect(theme.transitions.duration.standard).toBeGreaterThan(0);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBeUndefined();
    expect(theme.components?.MuiButton?.defaultProps?.disableElevation).toBe(true);
  });
});
