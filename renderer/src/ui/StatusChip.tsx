/**
 * Every status in Quorum is shown by this chip: its colour comes from the status's tone
 * (app/design-tokens.ts, one map for the whole app) and the theme's colours for that tone, and its
 * label always says the status in words, so colour is never the only signal.
 */
import Chip from '@mui/material/Chip';
import { useTheme, type Theme } from '@mui/material/styles';
import type { StatusTone } from '../app/design-tokens';

/** A tone's colours on a chip: its fill and text, and the divider's outline for an outlined tone. */
export function chipColours(theme: Theme, tone: StatusTone): { backgroundColor: string; color: string; borderColor: string } {
  const colour = theme.quorum.tones[tone];
  return { backgroundColor: colour.fill, color: colour.text, borderColor: colour.outlined ? theme.palette.divider : 'transparent' };
}

export function StatusChip({ tone, label }: { tone: StatusTone; label: string }) {
  const theme = useTheme();
  return (
    <Chip
      size="small"
      label={label}
      variant={theme.quorum.tones[tone].outlined ? 'outlined' : 'filled'}
      data-tone={tone}
      sx={{
        ...chipColours(theme, tone),
        fontWeight: 600,
        maxWidth: 'none',
        '& .MuiChip-label': { whiteSpace: 'nowrap' },
      }}
    />
  );
}
