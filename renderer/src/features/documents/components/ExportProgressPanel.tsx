/**
 * A long export under way, in a panel at the foot of the page that leaves the page usable: how
 * far it is, and a Cancel that stops it with nothing saved.
 */
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import type { BuildProgress } from '@shared/documents/resolution-register';

export interface ExportProgress {
  /** "resolution register" */
  what: string;
  step: Parameters<BuildProgress>[0];
}

const NUMBER = new Intl.NumberFormat('en-ZA');

/** "Preparing 12 000 of 20 000 rows…", "Writing the Word file…" */
export function describeExportStep(step: ExportProgress['step']): string {
  if (step.stage === 'writing') return 'Writing the Word file…';
  return `Preparing ${NUMBER.format(step.done)} of ${NUMBER.format(step.total)} rows…`;
}

export function ExportProgressPanel({ progress, onCancel }: { progress: ExportProgress | null; onCancel: () => void }) {
  const step = progress?.step;
  const percent = step?.stage === 'rows' && step.total > 0 ? Math.round((step.done / step.total) * 100) : null;
  const name = `Exporting the ${progress?.what ?? 'document'}`;
  return (
    <Snackbar open={progress !== null} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}>
      <Paper elevation={6} component="section" aria-label={name} sx={{ p: 2, width: 360 }}>
        <Typography variant="subtitle2" component="h2" gutterBottom>
          {name}
        </Typography>
        <LinearProgress
          aria-label={name}
          variant={percent === null ? 'indeterminate' : 'determinate'}
          {...(percent === null ? {} : { value: percent })}
          sx={{ mb: 1 }}
        />
        <Typography variant="body2" color="text.secondary" role="status">
          {step ? describeExportStep(step) : ''} You can go on working meanwhile.
        </Typography>
        <Button onClick={onCancel} size="small" sx={{ mt: 1 }}>
          Cancel export
        </Button>
      </Paper>
    </Snackbar>
  );
}
