/**
 * Intake: a query logged in one pass at the keyboard. The stakeholder is picked or added inline,
 * the due dates follow the service standard in working days as the category and priority are
 * chosen, and Ctrl+Enter saves. Nothing is written until every field is right.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { serviceDates, serviceStandardFor } from '@shared/domain/query-service-standards';
import { newStakeholderFromTyped } from '@shared/domain/stakeholders';
import { instantToDate, instantToTime, isCalendarDate, normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import { useRepositories } from '../../db/DataProvider';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { RecordValidationError } from '@shared/validation/record-validator';
import { errorMessage, fieldMessages, mapFieldErrors } from '../../ui/form-errors';
import { useNow } from '../../ui/useNow';
import { useMeetings } from '../meetings/hooks';
import { useResolutions } from '../resolutions/hooks';
import { useTimeZone } from '../settings/hooks';
import { DuplicateSuggestions } from '../stakeholders/components/DuplicateSuggestions';
import { StakeholderFields } from '../stakeholders/components/StakeholderFields';
import { DEFAULT_PURPOSE, EMPTY_STAKEHOLDER, toDraft, type StakeholderField, type StakeholderValues } from '../stakeholders/components/stakeholder-form';
import { useOrganisations, useStakeholders } from '../stakeholders/hooks';
import { StakeholderPicker, type PickedStakeholder } from './components/StakeholderPicker';
import { useQuerySettings, useWorkingDayCalendar } from './hooks';
import { IntakeQueryFields } from './components/IntakeQueryFields';
import {
  intakeResolver,
  RECORD_TO_FORM,
  STAKEHOLDER_CHOICE,
  type IntakeContext,
  type IntakeField,
  type IntakeFormValues,
  type IntakeValues,
} from './intake-form';
import { ReadOnlyPart, useWriteRefusal } from '../../ui/access';
import { isSaveKey } from '../../app/shortcuts';
import { GeneralErrors } from '../../ui/GeneralErrors';

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
  const { control, handleSubmit, setValue, getValues, setError, clearErrors, formState } = useForm<IntakeFormValues, IntakeContext>({
    resolver: intakeResolver,
    context: { stakeholderChosen: current !== null },
    // Only the stakeholder picker is focused for a problem, as before a message is read.
    shouldFocusError: false,
    defaultValues: {
      newStakeholder: EMPTY_STAKEHOLDER,
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
    },
  });
  const values = useWatch({ control }) as IntakeFormValues;
  const errors = fieldMessages<IntakeField>(formState.errors);
  const stakeholderErrors = fieldMessages<StakeholderField>(formState.errors.newStakeholder);
  const [general, setGeneral] = useState<string[]>([]);

  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => (setValue as (name: keyof IntakeValues, value: unknown) => void)(key, value);

  const pick = (next: PickedStakeholder | null) => {
    setPicked(next);
    clearErrors(STAKEHOLDER_CHOICE);
    if (next?.kind === 'existing') {
      // The stakeholder's ward and preferred channel are the likely ones for the query.
      setValue('ward', getValues('ward') || next.stakeholder.ward || '');
      setValue('channel', next.stakeholder.preferredChannel ?? getValues('channel'));
    } else if (next?.kind === 'new') {
      // A phone number or email typed in the search box goes in its own field, not the name.
      const typed: StakeholderValues = { ...EMPTY_STAKEHOLDER, ...newStakeholderFromTyped(next.name), consentPurpose: DEFAULT_PURPOSE };
      setValue('newStakeholder', typed);
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

  // handleSubmit is called when the form is sent, not while the page is drawn: the problem
  // callback reaches the picker's ref.
  const submit = (event?: FormEvent) =>
    handleSubmit(
      async (typed) => {
        setGeneral([]);
        const time = normalizeClockTime(typed.receivedTime);
        try {
          const query = await repos.queries.logQuery({
            stakeholderId: current?.kind === 'existing' ? current.stakeholder.id : '',
            ...(current?.kind === 'new' ? { newStakeholder: toDraft(typed.newStakeholder) } : {}),
            channel: typed.channel,
            subject: typed.subject,
            description: typed.description,
            category: typed.category,
            ward: typed.ward,
            priority: typed.priority,
            receivedAt: zonedToInstant(typed.receivedDate, time ?? '00:00', timeZone),
            ...(typed.dueDate ? { dueDate: typed.dueDate } : {}),
            ...(typed.relatedMeetingId ? { relatedMeetingId: typed.relatedMeetingId } : {}),
            ...(typed.relatedResolutionId ? { relatedResolutionId: typed.relatedResolutionId } : {}),
          });
          void navigate(`/queries/${query.id}?logged=1`);
        } catch (error) {
          if (!(error instanceof RecordValidationError)) {
            setGeneral([`The query was not saved: ${errorMessage(error)}`]);
            return;
          }
          // Problems with the new stakeholder go beside its own fields (`newStakeholder.<field>`).
          const own: Record<string, string> = {};
          for (const [path, message] of Object.entries(error.fieldErrors)) {
            if (path.startsWith('newStakeholder.'))
              setError(`newStakeholder.${path.slice('newStakeholder.'.length).split('.')[0] as StakeholderField}`, { message });
            else own[path] = message;
          }
          const mapped = mapFieldErrors(own, RECORD_TO_FORM);
          for (const [field, message] of Object.entries(mapped.fields) as Array<[IntakeField, string]>) {
            setError(field === 'stakeholder' ? STAKEHOLDER_CHOICE : field, { message });
          }
          setGeneral(mapped.general);
        }
      },
      (problems) => {
        if (STAKEHOLDER_CHOICE in problems) pickerRef.current?.focus();
      },
    )(event);

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
                  <GeneralErrors messages={general} />
                  <StakeholderPicker ref={pickerRef} stakeholders={list} value={current} onChange={pick} error={errors.stakeholder} autoFocus />
                  {current?.kind === 'new' ? (
                    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
                      <Typography component="legend" variant="subtitle2" sx={{ px: 1 }}>
                        New stakeholder
                      </Typography>
                      <Stack spacing={2}>
                        <StakeholderFields
                          control={control}
                          prefix="newStakeholder."
                          errors={stakeholderErrors}
                          organisations={organisations.data ?? []}
                          compact
                        />
                        <DuplicateSuggestions
                          draft={values.newStakeholder}
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
                    onSubjectTyped={() => clearErrors('subject')}
                    categories={categories}
                    preview={preview}
                    latestReceivedDate={instantToDate(now, timeZone)}
                    timeZone={timeZone}
                    meetings={recentMeetings}
                    resolutions={recentResolutions}
                  />
                  <Stack direction="row" spacing={1}>
                    <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
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
