/**
 * Erasing a person's details on request (POPIA): the request's particulars (who asked, how and
 * when, written on each of their queries' timelines) and ERASE typed to confirm, because it cannot
 * be undone. Both are checked at once, by the rule the stakeholder register enforces.
 */
import DialogContentText from '@mui/material/DialogContentText';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ERASE_CONFIRMATION, ERASURE_REQUEST_MAX, erasureProblems } from '@shared/domain/stakeholders';
import type { Stakeholder } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField, schemaResolver } from '../../../ui/schema-resolver';

export interface EraseValues {
  reason: string;
  confirmation: string;
}

export const eraseResolver = schemaResolver<EraseValues>({ schema: {}, fields: {}, check: erasureProblems });

export function EraseDialog({ stakeholder, onClose, onErased }: { stakeholder: Stakeholder; onClose: () => void; onErased: () => void }) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<EraseValues>({
    resolver: eraseResolver,
    defaultValues: { reason: '', confirmation: '' },
  });
  const erase = handleSubmit(async (values) => {
    setGeneral([]);
    try {
      await repos.stakeholders.erase(stakeholder.id, values.reason);
      onErased();
    } catch (error) {
      showSaveError(error, { reason: 'reason' as const }, setError, setGeneral);
    }
  });
  const errors = formState.errors;
  return (
    <FormDialog
      open
      title="Erase this person’s details"
      submitLabel="Erase personal data"
      destructive
      onSubmit={(event) => void erase(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general}
    >
      <DialogContentText>
        The name is replaced, and the phone, email, address and notes are removed, on every device once synced. The queries this person raised stay on record
        without their name. This cannot be undone.
      </DialogContentText>
      <Controller
        name="reason"
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="The request"
            required
            autoFocus
            multiline
            minRows={2}
            maxLength={ERASURE_REQUEST_MAX}
            error={!!errors.reason}
            helperText={errors.reason?.message ?? 'Who asked, how and when (for example: by email on 14 April 2026)'}
          />
        )}
      />
      <Controller
        name="confirmation"
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label={`Type ${ERASE_CONFIRMATION} to confirm`}
            maxLength={40}
            autoComplete="off"
            error={!!errors.confirmation}
            helperText={errors.confirmation?.message}
          />
        )}
      />
    </FormDialog>
  );
}
