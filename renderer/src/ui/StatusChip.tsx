/**
 * Every status in Quorum is shown by this chip: its colour comes from the status's tone
 * (app/design-tokens.ts, one map for the whole app) and the theme's colours for that tone, and its
 * label always says the status in words, so colour is never the only signal.
 */
import Chip from '@mui/material/Chip';
import { useTheme } from '@mui/material/styles';
import type { StatusTone } from '../app/design-tokens';

export function StatusChip({ tone, label }: { tone: StatusTone; label: string }) {
  const theme = useTheme();
  const colour = theme.quorum.tones[tone];
  return (
    <Chip
      size="small"
      label={label}
      variant={colour.outlined ? 'outlined' : 'filled'}
      data-tone={tone}
      sx={{
        bgcolor: colour.fill,
        color: colour.text,
        borderColor: colour.outlined ? theme.palette.divider : 'transparent',
        fontWeight: 600,
        maxWidth: 'none',
        '& .MuiChip-label': { whiteSpace: 'nowrap' },
      }}
    />
  );
}
