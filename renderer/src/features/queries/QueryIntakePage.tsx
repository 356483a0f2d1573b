/**
 * Intake: a query logged in one pass at the keyboard. The stakeholder is picked or added inline,
 * the due dates follow the service standard in working days as the category and priority are
 * chosen, and Ctrl+Enter saves. Nothing is written until every field is right.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { serviceDates, serviceStandardFor } from '@shared/domain/query-service-standards';
import { newStakeholderFromTyped } from '@shared/domain/stakeholders';
import { instantToDate, instantToTime, isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import { useRepositories } from '../../db/DataProvider';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
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
import { IntakeQueryFields } from './components/IntakeQueryFields';
import { intakeProblems, RECORD_TO_FORM, type IntakeField, type IntakeValues } from './intake-form';
import { ReadOnlyPart, useWriteRefusal } from '../../ui/access';
import { isSaveKey } from '../../app/shortcuts';

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
    const problems = intakeProblems(values, current !== null);
    const time = normalizeClockTime(values.receivedTime);
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
                  <IntakeQueryFields
                    values={values}
                    set={set}
                    errors={errors}
                    onSubjectTyped={() => setErrors((e) => ({ ...e, subject: undefined }))}
                    categories={categories}
                    preview={preview}
                    latestReceivedDate={instantToDate(now, timeZone)}
                    timeZone={timeZone}
                    meetings={recentMeetings}
                    resolutions={recentResolutions}
                  />
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
