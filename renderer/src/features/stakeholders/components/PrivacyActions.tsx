/**
 * POPIA on a person's record: export everything held about them as a JSON file, or erase their
 * details on request (their queries stay on record, anonymised). Erasure asks for the request's
 * particulars and a typed confirmation, because it cannot be undone.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { personalDataFileName } from '@shared/domain/stakeholders';
import { today } from '@shared/domain/time';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { platform } from '../../../platform/platform';
import { errorMessage } from '../../../ui/form-errors';
import { useMunicipality, useTimeZone } from '../../settings/hooks';
import { EraseDialog } from './EraseDialog';

export function PrivacyActions({ stakeholder }: { stakeholder: Stakeholder }) {
  const repos = useRepositories();
  const municipality = useMunicipality();
  const timeZone = useTimeZone();
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [erasing, setErasing] = useState(false);
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
      {erasing ? (
        <EraseDialog
          stakeholder={stakeholder}
          onClose={() => setErasing(false)}
          onErased={() => {
            setErasing(false);
            setMessage({ severity: 'success', text: 'The personal details were erased. The queries stay on record, anonymised.' });
          }}
        />
      ) : null}
    </Stack>
  );
}
