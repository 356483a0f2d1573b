/**
 * Intake: a query logged in one pass at the keyboard. The stakeholder is picked or added inline,
 * the due dates follow the service standard in working days as the category and priority are
 * chosen, and Ctrl+Enter saves. Nothing is written until every field is right.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { serviceDates, serviceStandardFor } from '@shared/domain/query-service-standards';
import { newStakeholderFromTyped } from '@shared/domain/stakeholders';
import { formatDate, formatLongDate, instantToDate, instantToTime, isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import {
  QUERY_CHANNEL_LABELS,
  QUERY_CHANNELS,
  QUERY_PRIORITIES,
  QUERY_PRIORITY_LABELS,
  type QueryChannel,
  type QueryPriority,
} from '@shared/schemas/vocabulary';
import { querySchema } from '@shared/schemas/query';
import { useRepositories } from '../../db/DataProvider';
import { LiveView } from '../../ui/LoadState';
import { DateField } from '../../ui/DateField';
import { LimitedTextField } from '../../ui/LimitedTextField';
import { PageHeader } from '../../ui/PageHeader';
import { lengthProblem, schemaMaxLength } from '../../ui/text-limits';
import { TimeField } from '../../ui/TimeField';
import { RecordValidationError } from '@shared/validation/record-validator';
import { errorMessage, mapFieldErrors } from '../../ui/form-errors';
import { useNow } from '../../ui/useNow';
import { useMeetings } from '../meetings/hooks';
import { useResolutions } from '../resolutions/hooks';
import { useTimeZone } from '../settings/hooks';
import { DuplicateSuggestions } from '../stakeholders/components/DuplicateSuggestions';
import {
  DEFAULT_PURPOSE,
  EMPTY_STAKEHOLDER,
  StakeholderFields,
  toDraft,
  type StakeholderField,
  type StakeholderValues,
} from '../stakeholders/components/StakeholderFields';
import { useOrganisations, useStakeholders } from '../stakeholders/hooks';
import { StakeholderPicker, type PickedStakeholder } from './components/StakeholderPicker';
import { useQuerySettings, useWorkingDayCalendar } from './hooks';
import { ReadOnlyPart, useWriteRefusal } from '../../ui/access';
import { isSaveKey } from '../../app/shortcuts';

interface IntakeValues {
  channel: QueryChannel;
  subject: string;
  description: string;
  category: string;
  ward: string;
  priority: QueryPriority;
  receivedDate: string;
  receivedTime: string;
  dueDate: string;
  relatedMeetingId: string;
  relatedResolutionId: string;
}

type IntakeField = keyof IntakeValues | 'stakeholder';

const SUBJECT_MAX = schemaMaxLength(querySchema, 'subject') ?? 300;
const DESCRIPTION_MAX = schemaMaxLength(querySchema, 'description') ?? 100_000;

const RECORD_TO_FORM: Partial<Record<string, IntakeField>> = {
  stakeholderId: 'stakeholder',
  channel: 'channel',
  subject: 'subject',
  description: 'description',
  category: 'category',
  ward: 'ward',
  priority: 'priority',
  receivedAt: 'receivedDate',
  dueDate: 'dueDate',
  acknowledgeBy: 'receivedDate',
  relatedMeetingId: 'relatedMeetingId',
  relatedResolutionId: 'relatedResolutionId',
};

export function QueryIntakePage() {
  const repos = useRepositories();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const timeZone = useTimeZone();
  const now = useNow(60_000);
  const settings = useQuerySettings();
  const calendar = useWorkingDayCalendar(settings);
  const stakeholders = useStakeholders();
  const organisations = useOrganisations();
  const meetings = useMeetings();
  const resolutions = useResolutions();
  const pickerRef = useRef<HTMLInputElement>(null);

  const preselected = (stakeholders.data ?? []).find((s) => s.id === params.get('stakeholder'));
  const [picked, setPicked] = useState<PickedStakeholder | null>(null);
  const current: PickedStakeholder | null = picked ?? (preselected ? { kind: 'existing', stakeholder: preselected } : null);
  const [newStakeholder, setNewStakeholder] = useState<StakeholderValues>(EMPTY_STAKEHOLDER);
  const [values, setValues] = useState<IntakeValues>(() => ({
    channel: 'phone',
    subject: '',
    description: '',
    category: '',
    ward: '',
    priority: 'normal',
    receivedDate: instantToDate(new Date(), timeZone),
    receivedTime: instantToTime(new Date(), timeZone),
    dueDate: '',
    relatedMeetingId: '',
    relatedResolutionId: '',
  }));
  const [errors, setErrors] = useState<Partial<Record<IntakeField, string>>>({});
  const [stakeholderErrors, setStakeholderErrors] = useState<Partial<Record<StakeholderField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const pick = (next: PickedStakeholder | null) => {
    setPicked(next);
    setErrors((e) => ({ ...e, stakeholder: undefined }));
    if (next?.kind === 'existing') {
      // The stakeholder's ward and preferred channel are the likely ones for the query.
      setValues((v) => ({
        ...v,
        ward: v.ward || next.stakeholder.ward || '',
        channel: next.stakeholder.preferredChannel ?? v.channel,
      }));
    } else if (next?.kind === 'new') {
      // A phone number or email typed in the search box goes in its own field, not the name.
      setNewStakeholder({ ...EMPTY_STAKEHOLDER, ...newStakeholderFromTyped(next.name), consentPurpose: DEFAULT_PURPOSE });
    }
  };

  const categories = settings.data?.categories ?? [];
  const preview = useMemo(() => {
    if (!settings.data || !values.category || !isCalendarDate(values.receivedDate)) return null;
    const standard = serviceStandardFor(settings.data, values.category, values.priority);
    return { standard, dates: serviceDates(values.receivedDate, standard, calendar) };
  }, [settings.data, values.category, values.priority, values.receivedDate, calendar]);

  const recentMeetings = useMemo(() => (meetings.data ?? []).slice(0, 40), [meetings.data]);
  const recentResolutions = useMemo(() => (resolutions.data ?? []).slice(0, 60), [resolutions.data]);

  const submit = async () => {
    setErrors({});
    setStakeholderErrors({});
    setGeneral([]);
    const problems: Partial<Record<IntakeField, string>> = {};
    const time = normalizeClockTime(values.receivedTime);
    if (!isCalendarDate(values.receivedDate)) problems.receivedDate = 'Enter the date the query was received.';
    if (!time) problems.receivedTime = 'Enter the time as HH:MM (24-hour clock).';
    if (!values.category) problems.category = 'Choose the category: it sets the service standard.';
    if (!current) problems.stakeholder = 'Choose the stakeholder who raised the query, or add them.';
    // Text over the schema's limit is refused with its length, never cut.
    const subjectTooLong = lengthProblem('Subject', values.subject, SUBJECT_MAX);
    const descriptionTooLong = lengthProblem('Description', values.description, DESCRIPTION_MAX);
    if (!values.subject.trim()) problems.subject = 'Enter the subject: what the query is about, in a line.';
    else if (subjectTooLong) problems.subject = subjectTooLong;
    if (descriptionTooLong) problems.description = descriptionTooLong;
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      if (problems.stakeholder) pickerRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const query = await repos.queries.logQuery({
        stakeholderId: current?.kind === 'existing' ? current.stakeholder.id : '',
        ...(current?.kind === 'new' ? { newStakeholder: toDraft(newStakeholder) } : {}),
        channel: values.channel,
        subject: values.subject,
        description: values.description,
        category: values.category,
        ward: values.ward,
        priority: values.priority,
        receivedAt: zonedToInstant(values.receivedDate, time ?? '00:00', timeZone),
        ...(values.dueDate ? { dueDate: values.dueDate } : {}),
        ...(values.relatedMeetingId ? { relatedMeetingId: values.relatedMeetingId } : {}),
        ...(values.relatedResolutionId ? { relatedResolutionId: values.relatedResolutionId } : {}),
      });
      void navigate(`/queries/${query.id}?logged=1`);
    } catch (error) {
      if (!(error instanceof RecordValidationError)) {
        setGeneral([`The query was not saved: ${errorMessage(error)}`]);
        return;
      }
      // Problems with the new stakeholder go beside its own fields.
      const own: Record<string, string> = {};
      const fromStakeholder: Partial<Record<StakeholderField, string>> = {};
      for (const [path, message] of Object.entries(error.fieldErrors)) {
        if (path.startsWith('newStakeholder.')) fromStakeholder[path.slice('newStakeholder.'.length).split('.')[0] as StakeholderField] = message;
        else own[path] = message;
      }
      const mapped = mapFieldErrors(own, RECORD_TO_FORM);
      setErrors(mapped.fields);
      setStakeholderErrors(fromStakeholder);
      setGeneral(mapped.general);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isSaveKey(event)) {
      event.preventDefault();
      void submit();
    }
  };

  const refusal = useWriteRefusal('queries', 'stakeholders');
  return (
    <>
      <PageHeader title="Log a query" subtitle="Ctrl+Enter saves. The due dates follow the service standard in working days." />
      <ReadOnlyPart reason={refusal} label="Log a query">
        <LiveView live={stakeholders} label="Loading the directory…">
          {(list) => (
            <Paper variant="outlined" sx={{ p: 3, maxWidth: 980 }}>
              <form
                noValidate
                aria-label="Log a query"
                onKeyDown={onKeyDown}
                onSubmit={(event) => {
                  event.preventDefault();
                  void submit();
                }}
              >
                <Stack spacing={2.5}>
                  {general.map((message) => (
                    <Alert key={message} severity="error">
                      {message}
                    </Alert>
                  ))}
                  <StakeholderPicker ref={pickerRef} stakeholders={list} value={current} onChange={pick} error={errors.stakeholder} autoFocus />
                  {current?.kind === 'new' ? (
                    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
                      <Typography component="legend" variant="subtitle2" sx={{ px: 1 }}>
                        New stakeholder
                      </Typography>
                      <Stack spacing={2}>
                        <StakeholderFields
                          values={newStakeholder}
                          onChange={setNewStakeholder}
                          errors={stakeholderErrors}
                          organisations={organisations.data ?? []}
                          compact
                        />
                        <DuplicateSuggestions
                          draft={newStakeholder}
                          existing={list}
                          action={(candidate) => (
                            <Button
                              size="small"
                              onClick={() => pick({ kind: 'existing', stakeholder: candidate.stakeholder })}
                              aria-label={`Use ${candidate.stakeholder.name}`}
                            >
                              Use this one
                            </Button>
                          )}
                        />
                      </Stack>
                    </Box>
                  ) : null}
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
                          setErrors((e) => ({ ...e, subject: undefined }));
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
                        max={instantToDate(now, timeZone)}
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
                          Acknowledge by <strong>{formatLongDate(preview.dates.acknowledgeBy)}</strong> ({preview.standard.acknowledgeDays} working days) ·
                          resolve by{' '}
                          <strong>
                            {values.dueDate && isCalendarDate(values.dueDate) ? formatLongDate(values.dueDate) : formatLongDate(preview.dates.dueDate)}
                          </strong>{' '}
                          {values.dueDate
                            ? '(agreed)'
                            : `(${preview.standard.resolveDays} working days${preview.standard.category ? '' : ', the standard for other categories'})`}
                          . Weekends and public holidays are not counted.
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
                        {recentMeetings.map((m) => (
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
                        {recentResolutions.map((r) => (
                          <MenuItem key={r.id} value={r.id}>
                            {r.number ? `${r.number} · ` : ''}
                            {r.title}
                          </MenuItem>
                        ))}
                      </TextField>
                    </Stack>
                  </Stack>
                  <Stack direction="row" spacing={1}>
                    <Button type="submit" variant="contained" disabled={busy}>
                      Log query
                    </Button>
                    <Button onClick={() => void navigate('/queries')}>Cancel</Button>
                  </Stack>
                </Stack>
              </form>
            </Paper>
          )}
        </LiveView>
      </ReadOnlyPart>
    </>
  );
}
