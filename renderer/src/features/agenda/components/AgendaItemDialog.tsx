/** Adding or editing an agenda item: its particulars, and for a new item, where it goes. */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { AgendaItem } from '@shared/schemas';
import { AGENDA_ITEM_KIND_LABELS, AGENDA_ITEM_KINDS } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import { showSaveError } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import type { AgendaItemParticulars, ItemPlacement } from '../agenda.repository';
import {
  AGENDA_ITEM_FIELD_OF,
  agendaItemResolver,
  LATE_REASON_MAX,
  NOTES_MAX,
  PRESENTER_MAX,
  REFERENCE_MAX,
  TITLE_MAX,
  type AgendaItemValues,
  type PlacementChoice,
} from './agenda-item-form';

export interface AgendaItemDialogProps {
  /** The item being edited, or null to add one. */
  item: AgendaItem | null;
  departments: Department[];
  /** For a new item: where it may go (empty when editing). */
  placements: PlacementChoice[];
  initialPlacement?: string;
  /** A late item (added after the notice): its reason is asked for and required. */
  late?: boolean;
  onClose: () => void;
  onSave: (particulars: AgendaItemParticulars, placement: ItemPlacement | null) => Promise<void>;
}

export function AgendaItemDialog({ item, departments, placements, initialPlacement, late = false, onClose, onSave }: AgendaItemDialogProps) {
  const [general, setGeneral] = useState<string[]>([]);
  const [resolver] = useState(() => agendaItemResolver({ editing: item !== null, late, placements }));
  const { control, handleSubmit, setError, formState } = useForm<AgendaItemValues>({
    resolver,
    defaultValues: {
      title: item?.title ?? '',
      kind: item?.kind ?? 'report',
      reportReference: item?.reportReference ?? '',
      departmentId: item?.departmentId ?? '',
      presenter: item?.presenter ?? '',
      inCommittee: item?.inCommittee ?? false,
      notes: item?.notes ?? '',
      lateReason: item?.lateReason ?? '',
      placement: initialPlacement ?? placements[0]?.value ?? '',
    },
  });

  const save = handleSubmit(async (values) => {
    setGeneral([]);
    const placement = item ? null : (placements.find((p) => p.value === values.placement)?.placement ?? null);
    try {
      await onSave(
        {
          title: values.title.trim(),
          kind: values.kind,
          inCommittee: values.inCommittee,
          ...(values.reportReference.trim() ? { reportReference: values.reportReference.trim() } : {}),
          ...(values.departmentId ? { departmentId: values.departmentId } : {}),
          ...(values.presenter.trim() ? { presenter: values.presenter.trim() } : {}),
          ...(values.notes.trim() ? { notes: values.notes } : {}),
          ...(late ? { lateReason: values.lateReason.trim() } : {}),
        },
        placement,
      );
    } catch (error) {
      showSaveError(error, AGENDA_ITEM_FIELD_OF, setError, setGeneral);
    }
  });

  const errors = formState.errors;
  return (
    <FormDialog
      open
      title={item ? 'Edit agenda item' : 'Add agenda item'}
      submitLabel={item ? 'Save item' : 'Add item'}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general}
    >
      <Controller
        name="title"
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="Title"
            maxLength={TITLE_MAX}
            required
            error={!!errors.title}
            helperText={errors.title?.message}
            autoFocus
          />
        )}
      />
      {!item ? (
        <Controller
          name="placement"
          control={control}
          render={({ field }) => (
            <TextField {...bindField(field)} select label="Place on the agenda" error={!!errors.placement} helperText={errors.placement?.message}>
              {placements.map((p) => (
                <MenuItem key={p.value} value={p.value}>
                  {p.label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      ) : null}
      {late ? (
        <Controller
          name="lateReason"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label="Why the item is late"
              maxLength={LATE_REASON_MAX}
              required
              error={!!errors.lateReason}
              helperText={errors.lateReason?.message ?? 'Printed beside the item as "Late item" in the agenda and the minutes.'}
            />
          )}
        />
      ) : null}
      <Controller
        name="kind"
        control={control}
        render={({ field }) => (
          <TextField {...bindField(field)} select label="Type of item" error={!!errors.kind} helperText={errors.kind?.message}>
            {AGENDA_ITEM_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {AGENDA_ITEM_KIND_LABELS[kind]}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          name="reportReference"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label="Report reference"
              maxLength={REFERENCE_MAX}
              error={!!errors.reportReference}
              helperText={errors.reportReference?.message}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          name="presenter"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label="Presenter"
              maxLength={PRESENTER_MAX}
              error={!!errors.presenter}
              helperText={errors.presenter?.message}
              sx={{ flex: 1 }}
            />
          )}
        />
      </Stack>
      <Controller
        name="departmentId"
        control={control}
        render={({ field }) => (
          <DepartmentSelect departments={departments} {...bindField(field)} error={!!errors.departmentId} helperText={errors.departmentId?.message} />
        )}
      />
      <Controller
        name="inCommittee"
        control={control}
        render={({ field }) => (
          <FormControlLabel
            control={<Checkbox name={field.name} checked={field.value} onChange={(event) => field.onChange(event.target.checked)} onBlur={field.onBlur} />}
            label="Taken in committee (kept out of public documents)"
          />
        )}
      />
      <Controller
        name="notes"
        control={control}
        render={({ field }) => (
          <LimitedTextField
            {...bindField(field)}
            label="Notes"
            maxLength={NOTES_MAX}
            multiline
            minRows={2}
            error={!!errors.notes}
            helperText={errors.notes?.message}
          />
        )}
      />
    </FormDialog>
  );
}
