/**
 * Adds a person or organisation to the directory. Possible duplicates appear while the name,
 * phone or email is typed, so the officer can open the existing record instead.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { EMPTY_STAKEHOLDER, StakeholderFields, toDraft, type StakeholderField, type StakeholderValues } from './StakeholderFields';

const FIELDS: Partial<Record<string, StakeholderField>> = Object.fromEntries(
  Object.keys(EMPTY_STAKEHOLDER).map((key) => [key, key as StakeholderField]),
);

export function AddStakeholderDialog({
  open,
  onClose,
  onAdded,
  existing,
  organisations,
}: {
  open: boolean;
  onClose: () => void;
  onAdded: (stakeholder: Stakeholder) => void;
  existing: Stakeholder[];
  organisations: Stakeholder[];
}) {
  const repos = useRepositories();
  const [values, setValues] = useState<StakeholderValues>(EMPTY_STAKEHOLDER);
  const [errors, setErrors] = useState<Partial<Record<StakeholderField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setValues(EMPTY_STAKEHOLDER);
    setErrors({});
    setGeneral([]);
    onClose();
  };

  const save = async () => {
    setBusy(true);
    setErrors({});
    setGeneral([]);
    try {
      const added = await repos.stakeholders.add(toDraft(values));
      setValues(EMPTY_STAKEHOLDER);
      onAdded(added);
    } catch (error) {
      const mapped = mapRecordErrors(error, FIELDS);
      if (mapped) {
        setErrors(mapped.fields);
        setGeneral(mapped.general);
      } else setGeneral([`The stakeholder was not added: ${errorMessage(error)}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" aria-labelledby="add-stakeholder-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="add-stakeholder-title">Add a stakeholder</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general.map((message) => (
              <Alert key={message} severity="error">
                {message}
              </Alert>
            ))}
            {/* Above the fields, so the warning is in view while the name is typed. */}
            <DuplicateSuggestions
              draft={values}
              existing={existing}
              action={(candidate) => (
                <Button size="small" component={RouterLink} to={`/stakeholders/${candidate.stakeholder.id}`} aria-label={`Open ${candidate.stakeholder.name}`}>
                  Open
                </Button>
              )}
            />
            <StakeholderFields values={values} onChange={setValues} errors={errors} organisations={organisations} autoFocusName />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            Add stakeholder
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
