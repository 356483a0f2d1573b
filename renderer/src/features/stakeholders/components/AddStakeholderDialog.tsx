/**
 * Adds a person or organisation to the directory. Possible duplicates appear while the name,
 * phone or email is typed, so the officer can open the existing record instead.
 */
import Button from '@mui/material/Button';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { EMPTY_STAKEHOLDER, StakeholderFields, toDraft, type StakeholderField, type StakeholderValues } from './StakeholderFields';

const FIELDS: Partial<Record<string, StakeholderField>> = Object.fromEntries(Object.keys(EMPTY_STAKEHOLDER).map((key) => [key, key as StakeholderField]));

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
    <FormDialog
      open={open}
      title="Add a stakeholder"
      submitLabel="Add stakeholder"
      onSubmit={() => void save()}
      onClose={close}
      submitting={busy}
      general={general}
      maxWidth="md"
    >
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
    </FormDialog>
  );
}
