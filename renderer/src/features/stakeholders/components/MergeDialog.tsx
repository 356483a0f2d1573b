/**
 * Merges two records of one stakeholder. The person chooses which record is kept; the other's
 * queries move to it and it stays behind as a tombstone pointing to the kept record. What may be
 * merged is the register's rule (mergeProblem in shared/domain/stakeholders.ts), said above the
 * choice when it refuses.
 */
import DialogContentText from '@mui/material/DialogContentText';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';

interface MergeValues {
  keep: 'current' | 'other';
}

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
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, formState } = useForm<MergeValues>({ defaultValues: { keep: 'other' } });
  const keep = useWatch({ control, name: 'keep' });
  const kept = keep === 'current' ? current : other;

  const merge = handleSubmit(async (values) => {
    setGeneral([]);
    const [keeping, merging] = values.keep === 'current' ? [current, other] : [other, current];
    try {
      onMerged(await repos.stakeholderMerge.merge(merging.id, keeping.id));
    } catch (e) {
      setGeneral([errorMessage(e)]);
    }
  });

  return (
    <FormDialog
      open
      title="Merge two records of one stakeholder"
      submitLabel={`Merge into “${kept.name}”`}
      onSubmit={(event) => void merge(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general}
    >
      <DialogContentText>
        The queries of the merged record move to the record kept, which also gains any phone, email or address it lacks. The merged record is kept only as a
        pointer to the other.
      </DialogContentText>
      <Controller
        name="keep"
        control={control}
        render={({ field }) => (
          <RadioGroup aria-label="Record to keep" value={field.value} onChange={(event) => field.onChange(event.target.value)}>
            <FormControlLabel value="other" control={<Radio />} label={`Keep “${other.name}”`} />
            <FormControlLabel value="current" control={<Radio />} label={`Keep “${current.name}”`} />
          </RadioGroup>
        )}
      />
    </FormDialog>
  );
}
