/**
 * The heading of a page, laid out the same way on every screen:
 *
 *   reference (small, above)                     [status] [actions…]
 *   Title (the page's one <h1>, at most two lines)
 *   subtitle
 *
 * The status and the actions sit in a fixed column at the top right, on one line, so neither moves
 * with the title's length nor floats above the other. A long title is cut to two lines on screen
 * (the heading keeps the whole text for screen readers and on hover); a page whose title can be long
 * shows the whole of it in its content.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  reference,
  status,
  subtitle,
  actions,
}: {
  title: string;
  /** A record's number or reference, shown small above the title. */
  reference?: string | undefined;
  /** The record's status chip (ui/StatusChip), always first in the top-right row. */
  status?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const side = status || actions;
  return (
    <Box
      component="header"
      sx={{
        display: 'grid',
        gridTemplateColumns: side ? 'minmax(0, 1fr) auto' : 'minmax(0, 1fr)',
        columnGap: 3,
        rowGap: 1.5,
        alignItems: 'start',
        mb: 3,
        // On a narrow window the actions go under the title rather than squeezing it.
        '@media (max-width: 899.95px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        {reference ? (
          <Typography variant="overline" component="p" color="text.secondary" sx={{ lineHeight: 1.6, letterSpacing: '0.06em', fontWeight: 600 }}>
            {reference}
          </Typography>
        ) : null}
        <Typography
          variant="h1"
          component="h1"
          title={title}
          sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' }}
        >
          {title}
        </Typography>
        {subtitle ? (
          <Typography variant="body2" component="div" color="text.secondary" sx={{ mt: 0.75 }}>
            {subtitle}
          </Typography>
        ) : null}
      </Box>
      {side ? (
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, flexWrap: 'wrap', minHeight: 40, pt: reference ? 0.5 : 0 }}>
          {status ? (
            <Box data-part="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: actions ? 1 : 0 }}>
              {status}
            </Box>
          ) : null}
          {actions}
        </Box>
      ) : null}
    </Box>
  );
}
