/**
 * POPIA on a person's record: export everything held about them as a JSON file, or erase their
 * details on request (their queries stay on record, anonymised). Erasure asks for the request's
 * particulars and a typed confirmation, because it cannot be undone.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { personalDataFileName } from '@shared/domain/stakeholders';
import { today } from '@shared/domain/time';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { platform } from '../../../platform/platform';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import { useMunicipality, useTimeZone } from '../../settings/hooks';

export function PrivacyActions({ stakeholder }: { stakeholder: Stakeholder }) {
  const repos = useRepositories();
  const municipality = useMunicipality();
  const timeZone = useTimeZone();
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [erasing, setErasing] = useState(false);
  const [reason, setReason] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; confirmation?: string; general?: string }>({});
  const erased = !!stakeholder.anonymisedAt;

  const exportData = async () => {
    setMessage(null);
    try {
      const data = await repos.stakeholders.exportPersonalData(stakeholder.id, { municipality: municipality.data?.name ?? '' });
      const result = await platform.files.save({
        suggestedName: personalDataFileName(stakeholder, today(timeZone)),
        bytes: new TextEncoder().encode(JSON.stringify(data, null, 2)),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (result.status !== 'cancelled') setMessage({ severity: 'success', text: `Personal data saved as ${result.fileName}.` });
    } catch (error) {
      setMessage({ severity: 'error', text: `The export failed: ${errorMessage(error)}` });
    }
  };

  const erase = async () => {
    setErrors({});
    if (confirmation.trim() !== 'ERASE') {
      setErrors({ confirmation: 'Type ERASE to confirm.' });
      return;
    }
    try {
      await repos.stakeholders.erase(stakeholder.id, reason);
      setErasing(false);
      setMessage({ severity: 'success', text: 'The personal details were erased. The queries stay on record, anonymised.' });
    } catch (error) {
      const mapped = mapRecordErrors(error, { reason: 'reason' as const });
      if (mapped?.fields.reason) setErrors({ reason: mapped.fields.reason });
      else setErrors({ general: errorMessage(error) });
    }
  };

  return (
    <Stack spacing={2}>
      {message ? (
        <Alert severity={message.severity} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      <Typography variant="body2" color="text.secondary">
        {erased
          ? 'The personal details were erased on request. Only the anonymised record and its queries remain.'
          : 'Under POPIA a person may ask for the information held about them, or for it to be erased.'}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={() => void exportData()}>
          Export personal data
        </Button>
        {stakeholder.kind === 'person' && !erased ? (
          <Button variant="outlined" color="error" onClick={() => setErasing(true)}>
            Erase personal data…
          </Button>
        ) : null}
      </Stack>
      <Dialog open={erasing} onClose={() => setErasing(false)} aria-labelledby="erase-title" fullWidth maxWidth="sm">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void erase();
          }}
        >
          <DialogTitle id="erase-title">Erase this person’s details</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              <DialogContentText>
                The name is replaced, and the phone, email, address and notes are removed, on every device once synced. The queries this person raised stay on
                record without their name. This cannot be undone.
              </DialogContentText>
              {errors.general ? <Alert severity="error">{errors.general}</Alert> : null}
              <TextField
                label="The request"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required
                autoFocus
                multiline
                minRows={2}
                error={!!errors.reason}
                helperText={errors.reason ?? 'Who asked, how and when (for example: by email on 14 April 2026)'}
              />
              <TextField
                label="Type ERASE to confirm"
                value={confirmation}
                onChange={(event) => setConfirmation(event.target.value)}
                error={!!errors.confirmation}
                helperText={errors.confirmation}
                autoComplete="off"
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setErasing(false)}>Cancel</Button>
            <Button type="submit" color="error" variant="contained">
              Erase personal data
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Stack>
  );
}
