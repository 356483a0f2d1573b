/**
 * File → Export… in the desktop menu: a dialog with the Word exports that fit where the person
 * is: the agenda and minutes of the meeting on screen, and always the registers.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useMatch } from 'react-router';
import { useMenuCommand } from '../../platform/use-menu-command';
import { useAgendaOutline } from '../agenda/hooks';
import { ExportMeetingButtons } from './ExportMeetingButtons';
import { ExportQuarterlyReportButton } from './ExportQuarterlyReportButton';
import { ExportResolutionRegisterButton } from './ExportResolutionRegisterButton';

function MeetingExports({ meetingId }: { meetingId: string }) {
  const { outline } = useAgendaOutline(meetingId);
  return (
    <Stack spacing={1}>
      <Typography variant="h3" component="h3">
        This meeting
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <ExportMeetingButtons document="agenda" meetingId={meetingId} items={outline} disabled={outline.length === 0} />
        <ExportMeetingButtons document="minutes" meetingId={meetingId} items={outline} disabled={outline.length === 0} />
      </Stack>
    </Stack>
  );
}

export function ExportMenuCommand() {
  const [open, setOpen] = useState(false);
  const meeting = useMatch('/meetings/:meetingId/*');
  useMenuCommand('export', () => setOpen(true));
  if (!open) return null;
  return (
    <Dialog open onClose={() => setOpen(false)} aria-labelledby="export-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="export-dialog-title">Export to Word</DialogTitle>
      <DialogContent>
        <Stack spacing={3}>
          {meeting?.params.meetingId ? <MeetingExports meetingId={meeting.params.meetingId} /> : null}
          <Stack spacing={1}>
            <Typography variant="h3" component="h3">
              Registers
            </Typography>
            <Stack direction="row" spacing={1}>
              <ExportResolutionRegisterButton />
              <ExportQuarterlyReportButton />
            </Stack>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setOpen(false)}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
