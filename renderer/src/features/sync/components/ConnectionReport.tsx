/** The result of "Test connection": each check passed or failed, in words, first failure summed up. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { ConnectionReport as Report } from '@shared/couch/connection-test';
import { describeProblem } from '@shared/couch/problems';

export function ConnectionReport({ report }: { report: Report }) {
  const summary = report.problem ? describeProblem(report.problem) : null;
  return (
    <section aria-label="Connection test">
      <Alert severity={report.ok ? 'success' : 'error'}>{summary ? `${summary.reason}.` : 'The connection works: this laptop can sync with the server.'}</Alert>
      <List dense aria-label="Connection checks">
        {report.checks.map((check) => (
          <ListItem key={check.label} disableGutters>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {check.ok ? <CheckCircleIcon color="success" titleAccess="Passed" /> : <ErrorIcon color="error" titleAccess="Failed" />}
            </ListItemIcon>
            <ListItemText primary={check.label} secondary={check.message} />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
