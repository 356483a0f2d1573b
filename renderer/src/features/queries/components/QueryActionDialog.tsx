/**
 * The dialogs of a query's actions: each asks only for what its action needs (an outcome, a
 * reason, a department and officer, a date, a meeting) and shows the repository's refusal
 * beside the field it concerns. Nothing changes until the action is accepted.
 */
import DialogContentText from '@mui/material/DialogContentText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatDateTime } from '@shared/domain/time';
import type { Meeting, StakeholderQuery } from '@shared/schemas';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { OfficialSelect } from '../../bodies/components/OfficialSelect';
import { useMembers } from '../../bodies/hooks';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { DateField } from '../../../ui/DateField';
import { errorMessage, mapRecordErrors } from '../../../ui/form-errors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import {
  EVENT_TEXT_MAX,
  OUTCOME_MAX,
  QUERY_ACTION_SPECS,
  RECORD_TO_FIELD,
  queryActionResolver,
  type QueryActionField,
  type QueryActionKind,
  type QueryActionValues,
} from './query-action-form';

export interface QueryActionDialogProps {
  kind: QueryActionKind;
  query: StakeholderQuery;
  departments: Department[];
  meetings: Meeting[];
  timeZone: string;
  onClose: () => void;
}

export function QueryActionDialog({ kind, query, departments, meetings, timeZone, onClose }: QueryActionDialogProps) {
  const repos = useRepositories();
  const spec = QUERY_ACTION_SPECS[kind];
  const members = useMembers();
  const [general, setGeneral] = useState<string | null>(null);
  const [resolver] = useState(() => queryActionResolver(kind));
  const { control, handleSubmit, setError, formState } = useForm<QueryActionValues>({
    resolver,
    defaultValues: {
      text: kind === 'resolve' ? (query.outcome ?? '') : '',
      departmentId: query.departmentId,
      officerId: query.officerId,
      dueDate: query.dueDate,
      meetingId: query.agendaMeetingId ?? meetings[0]?.id ?? '',
    },
  });
  const departmentId = useWatch({ control, name: 'departmentId' });

  const run = ({ text, departmentId, officerId, dueDate, meetingId }: QueryActionValues): Promise<unknown> => {
    const q = repos.queries;
    switch (kind) {
      case 'acknowledge':
        return q.acknowledge(query.id, text);
      case 'assign':
        return q.assign(query.id, { departmentId, officerId }, text);
      case 'start':
        return q.startWork(query.id, text);
      case 'await':
        return q.awaitStakeholder(query.id, text);
      case 'resume':
        return q.resume(query.id, text);
      case 'resolve':
        return q.resolve(query.id, text);
      case 'close':
        return q.close(query.id, text);
      case 'reopen':
        return q.reopen(query.id, text);
      case 'escalate':
        return repos.queryEscalation.escalate(query.id, text);
      case 'due_date':
        return q.changeDueDate(query.id, dueDate, text);
      case 'agenda':
        // Adds the question to the meeting's agenda too (see features/agenda/query-questions.ts).
        return repos.queryQuestions.placeOnAgenda(query.id, meetingId, text);
      case 'answer':
        return q.recordAnswer(query.id, text, meetingId);
    }
  };

  const submit = handleSubmit(async (values) => {
    setGeneral(null);
    try {
      await run(values);
      onClose();
    } catch (error) {
      const mapped = mapRecordErrors(error, RECORD_TO_FIELD);
      if (!mapped) {
        setGeneral(errorMessage(error));
        return;
      }
      const { status, ...fields } = mapped.fields;
      for (const [field, message] of Object.entries(fields)) setError(field as Exclude<QueryActionField, 'status'>, { message });
      setGeneral([status, ...mapped.general].filter(Boolean).join(' ') || null);
    }
  });

  const errors = formState.errors;
  return (
    <FormDialog
      open
      title={spec.title}
      submitLabel={spec.submit}
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      submitting={formState.isSubmitting}
      general={general ? [general] : []}
    >
      {spec.intro ? <DialogContentText>{spec.intro}</DialogContentText> : null}
      {spec.assignment ? (
        <>
          <Controller
            name="departmentId"
            control={control}
            render={({ field }) => (
              <DepartmentSelect
                label="Department"
                emptyLabel="Choose a department"
                departments={departments}
                {...bindField(field)}
                required
                autoFocus
                error={!!errors.departmentId}
                helperText={
                  errors.departmentId?.message ?? (departments.length === 0 ? 'No department is set up yet: add departments in Settings → General.' : undefined)
                }
              />
            )}
          />
          <Controller
            name="officerId"
            control={control}
            render={({ field }) => (
              <OfficialSelect
                members={members.data ?? []}
                departments={departments}
                departmentId={departmentId}
                value={field.value}
                onChange={field.onChange}
                required
                error={!!errors.officerId}
                helperText={errors.officerId?.message ?? 'The officials of the chosen department are listed first; the query appears in their “My queries”.'}
              />
            )}
          />
        </>
      ) : null}
      {spec.date ? (
        <Controller
          name="dueDate"
          control={control}
          render={({ field }) => (
            <DateField label="New due date" {...bindField(field)} required autoFocus error={!!errors.dueDate} helperText={errors.dueDate?.message} />
          )}
        />
      ) : null}
      {spec.meeting ? (
        <Controller
          name="meetingId"
          control={control}
          render={({ field }) => (
            <TextField
              {...bindField(field)}
              select
              label="Meeting"
              required
              autoFocus
              error={!!errors.meetingId}
              helperText={errors.meetingId?.message ?? (meetings.length === 0 ? 'No meeting is scheduled: schedule one under Meetings first.' : undefined)}
            >
              {meetings.map((m) => (
                <MenuItem key={m.id} value={m.id}>
                  {m.title} · {formatDateTime(m.startsAt, timeZone)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      ) : null}
      {spec.text ? (
        <Controller
          name="text"
          control={control}
          render={({ field }) => (
            <LimitedTextField
              {...bindField(field)}
              label={spec.text?.label}
              maxLength={kind === 'resolve' ? OUTCOME_MAX : EVENT_TEXT_MAX}
              required={spec.text?.required}
              autoFocus={!spec.assignment && !spec.date && !spec.meeting}
              multiline
              minRows={spec.text?.required ? 3 : 2}
              error={!!errors.text}
              helperText={errors.text?.message ?? spec.text?.helper}
            />
          )}
        />
      ) : null}
    </FormDialog>
  );
}
