/**
 * Adds a person or organisation to the directory. Possible duplicates appear while the name,
 * phone or email is typed, so the officer can open the existing record instead. The register
 * checks the record; every message appears beside its field at once.
 */
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { fieldMessages, showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { StakeholderFields } from './StakeholderFields';
import { EMPTY_STAKEHOLDER, STAKEHOLDER_FIELD_OF, toDraft, type StakeholderValues } from './stakeholder-form';

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
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, reset, formState } = useForm<StakeholderValues>({ defaultValues: EMPTY_STAKEHOLDER });

  const typed = useWatch({ control }) as StakeholderValues;

  const close = () => {
    reset(EMPTY_STAKEHOLDER);
    setGeneral([]);
    onClose();
  };

  const save = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      const added = await repos.stakeholders.add(toDraft(values));
      reset(EMPTY_STAKEHOLDER);
      onAdded(added);
    } catch (error) {
      showSaveError(error, STAKEHOLDER_FIELD_OF, setError, setGeneral, 'The stakeholder was not added: ');
    }
  });

  return (
    <FormDialog
      open={open}
      title="Add a stakeholder"
      submitLabel="Add stakeholder"
      onSubmit={(event) => void save(event)}
      onClose={close}
      submitting={formState.isSubmitting}
      general={general}
      maxWidth="md"
    >
      {/* Above the fields, so the warning is in view while the name is typed. */}
      <DuplicateSuggestions
        draft={typed}
        existing={existing}
        action={(candidate) => (
          <Button size="small" component={RouterLink} to={`/stakeholders/${candidate.stakeholder.id}`} aria-label={`Open ${candidate.stakeholder.name}`}>
            Open
          </Button>
        )}
      />
      <StakeholderFields control={control} errors={fieldMessages(formState.errors)} organisations={organisations} autoFocusName />
    </FormDialog>
  );
}
