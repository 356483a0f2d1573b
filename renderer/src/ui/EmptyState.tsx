/** What a page shows when it has nothing yet: what belongs here, and how to add the first one. */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function EmptyState({ title, children, action, icon }: { title: string; children?: ReactNode; action?: ReactNode; icon?: ReactNode }) {
  return (
    <Paper variant="outlined" role="status" sx={{ p: 4, textAlign: 'center' }}>
      {icon ? (
        <Box sx={{ color: 'text.secondary', mb: 1, '& svg': { fontSize: 40 } }} aria-hidden="true">
          {icon}
        </Box>
      ) : null}
      <Typography variant="h2" component="h2" gutterBottom>
        {title}
      </Typography>
      {children ? (
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 520, mx: 'auto' }}>
          {children}
        </Typography>
      ) : null}
      {action ? <Box sx={{ mt: 2 }}>{action}</Box> : null}
    </Paper>
  );
}
