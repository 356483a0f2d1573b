/**
 * Merges two records of one stakeholder. The person chooses which record is kept; the other's
 * queries move to it and it stays behind as a tombstone pointing to the kept record.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage } from '../../../ui/form-errors';

export function MergeDialog({
  current,
  other,
  onClose,
  onMerged,
}: {
  current: Stakeholder;
  other: Stakeholder;
  onClose: () => void;
  onMerged: (kept: Stakeholder) => void;
}) {
  const repos = useRepositories();
  const [keep, setKeep] = useState<'current' | 'other'>('other');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kept = keep === 'current' ? current : other;
  const merged = keep === 'current' ? other : current;

  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      onMerged(await repos.stakeholders.merge(merged.id, kept.id));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="merge-title" fullWidth maxWidth="sm">
      <DialogTitle id="merge-title">Merge two records of one stakeholder</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The queries of the merged record move to the record kept, which also gains any phone, email or address it lacks. The merged record is kept only as a
          pointer to the other.
        </DialogContentText>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        <RadioGroup aria-label="Record to keep" value={keep} onChange={(event) => setKeep(event.target.value as 'current' | 'other')}>
          <FormControlLabel value="other" control={<Radio />} label={`Keep “${other.name}”`} />
          <FormControlLabel value="current" control={<Radio />} label={`Keep “${current.name}”`} />
        </RadioGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={() => void merge()} disabled={busy}>
          Merge into “{kept.name}”
        </Button>
      </DialogActions>
    </Dialog>
  );
}
