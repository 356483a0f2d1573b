/**
 * The query's own fields on the Log a query page: channel, subject, description, category, ward,
 * priority, when it was received, an agreed due date, the service standard's dates as they follow,
 * and the meeting or resolution it relates to. The page holds the values and the messages.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ServiceDates, ServiceStandard } from '@shared/domain/query-service-standards';
import { formatDate, formatLongDate, isCalendarDate } from '@shared/domain/time';
import type { Meeting, Resolution } from '@shared/schemas';
import {
  QUERY_CHANNEL_LABELS,
  QUERY_CHANNELS,
  QUERY_PRIORITIES,
  QUERY_PRIORITY_LABELS,
  type QueryChannel,
  type QueryPriority,
} from '@shared/schemas/vocabulary';
import { DateField } from '../../../ui/DateField';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { TimeField } from '../../../ui/TimeField';
import { DESCRIPTION_MAX, SUBJECT_MAX, type IntakeField, type IntakeValues } from '../intake-form';

export interface IntakeQueryFieldsProps {
  values: IntakeValues;
  set: <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => void;
  errors: Partial<Record<IntakeField, string>>;
  /** The subject changed: a message about its length would no longer be true. */
  onSubjectTyped: () => void;
  categories: readonly { name: string }[];
  /** The service standard for the category and priority chosen, with its dates; null until chosen. */
  preview: { standard: ServiceStandard; dates: ServiceDates } | null;
  /** Today, in the municipality's time zone: a query is not received in the future. */
  latestReceivedDate: string;
  timeZone: string;
  meetings: readonly Meeting[];
  resolutions: readonly Resolution[];
}

export function IntakeQueryFields({
  values,
  set,
  errors,
  onSubjectTyped,
  categories,
  preview,
  latestReceivedDate,
  timeZone,
  meetings,
  resolutions,
}: IntakeQueryFieldsProps) {
  // An agreed date typed only in part is not agreed yet: the standard's date is shown until it is whole.
  const agreed = isCalendarDate(values.dueDate);
  return (
    <Stack role="group" aria-label="The query" spacing={2.5}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          select
          label="Channel"
          value={values.channel}
          onChange={(event) => set('channel', event.target.value as QueryChannel)}
          sx={{ minWidth: 200 }}
        >
          {QUERY_CHANNELS.map((c) => (
            <MenuItem key={c} value={c}>
              {QUERY_CHANNEL_LABELS[c]}
            </MenuItem>
          ))}
        </TextField>
        <LimitedTextField
          label="Subject"
          value={values.subject}
          maxLength={SUBJECT_MAX}
          onChange={(event) => {
            set('subject', event.target.value);
            // The length is said as it is typed; an older message would no longer be true.
            onSubjectTyped();
          }}
          required
          error={!!errors.subject}
          helperText={errors.subject ?? 'What the query is about, in a line'}
          sx={{ flex: 1 }}
        />
      </Stack>
      <LimitedTextField
        label="Description"
        value={values.description}
        maxLength={DESCRIPTION_MAX}
        onChange={(event) => set('description', event.target.value)}
        multiline
        minRows={3}
        error={!!errors.description}
        helperText={errors.description ?? 'What the stakeholder said, in their words'}
      />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          select
          label="Category"
          value={values.category}
          onChange={(event) => set('category', event.target.value)}
          required
          error={!!errors.category}
          helperText={errors.category}
          sx={{ minWidth: 260 }}
        >
          {categories.map((c) => (
            <MenuItem key={c.name} value={c.name}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Ward"
          value={values.ward}
          onChange={(event) => set('ward', event.target.value)}
          error={!!errors.ward}
          helperText={errors.ward}
          sx={{ width: { md: 120 } }}
        />
        <TextField
          select
          label="Priority"
          value={values.priority}
          onChange={(event) => set('priority', event.target.value as QueryPriority)}
          sx={{ minWidth: 160 }}
        >
          {QUERY_PRIORITIES.map((p) => (
            <MenuItem key={p} value={p}>
              {QUERY_PRIORITY_LABELS[p]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <DateField
          label="Received on"
          value={values.receivedDate}
          onChange={(date) => set('receivedDate', date)}
          error={!!errors.receivedDate}
          helperText={errors.receivedDate}
          max={latestReceivedDate}
        />
        <TimeField
          label="Received at"
          value={values.receivedTime}
          onChange={(value) => set('receivedTime', value)}
          error={!!errors.receivedTime}
          helperText={errors.receivedTime ?? '24-hour clock'}
        />
        <DateField
          label="Agreed due date"
          value={values.dueDate}
          onChange={(date) => set('dueDate', date)}
          error={!!errors.dueDate}
          helperText={errors.dueDate ?? 'Leave empty to follow the service standard'}
        />
      </Stack>
      <Box role="status" aria-live="polite" aria-label="Service standard">
        {preview ? (
          <Alert severity="info" icon={false}>
            Acknowledge by <strong>{formatLongDate(preview.dates.acknowledgeBy)}</strong> ({preview.standard.acknowledgeDays} working days) · resolve by{' '}
            <strong>{agreed ? formatLongDate(values.dueDate) : formatLongDate(preview.dates.dueDate)}</strong>{' '}
            {agreed ? '(agreed)' : `(${preview.standard.resolveDays} working days${preview.standard.category ? '' : ', the standard for other categories'})`}.
            Weekends and public holidays are not counted.
          </Alert>
        ) : (
          <Typography variant="body2" color="text.secondary">
            Choose a category to see the due dates.
          </Typography>
        )}
      </Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <TextField
          select
          label="Related meeting"
          value={values.relatedMeetingId}
          onChange={(event) => set('relatedMeetingId', event.target.value)}
          sx={{ flex: 1 }}
        >
          <MenuItem value="">None</MenuItem>
          {meetings.map((m) => (
            <MenuItem key={m.id} value={m.id}>
              {m.title} · {formatDate(m.startsAt, timeZone)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Related resolution"
          value={values.relatedResolutionId}
          onChange={(event) => set('relatedResolutionId', event.target.value)}
          sx={{ flex: 1 }}
        >
          <MenuItem value="">None</MenuItem>
          {resolutions.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.number ? `${r.number} · ` : ''}
              {r.title}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Stack>
  );
}
