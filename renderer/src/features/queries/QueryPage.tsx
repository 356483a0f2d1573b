/**
 * One query: what was asked and by whom, its service-standard dates (with the clock paused while
 * the stakeholder is awaited), the actions its status allows, and its timeline.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { departmentNameOf } from '@shared/domain/departments';
import { isQueryDueSoon, isQueryOverdue } from '@shared/domain/queries';
import { councillorName, orderedLadder, wardCouncillorOf, workingDaysOverdue } from '@shared/domain/query-escalation';
import { formatDate, formatDateTime, formatLongDate, zonedToInstant } from '@shared/domain/time';
import type { StakeholderQuery } from '@shared/schemas';
import { QUERY_CHANNEL_LABELS, QUERY_PRIORITY_LABELS } from '@shared/schemas/vocabulary';
import { ESCALATION_ROLE_LABELS } from '@shared/settings/query-settings';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { SettingsCard } from '../../ui/SettingsCard';
import { useIndex, useMembers } from '../bodies/hooks';
import { AcknowledgementLetterButton } from '../documents/AcknowledgementLetterButton';
import { useMeetings, useUpcomingMeetings } from '../meetings/hooks';
import { useResolutions } from '../resolutions/hooks';
import { useDepartments, useTimeZone } from '../settings/hooks';
import { useStakeholder } from '../stakeholders/hooks';
import { QueryActionDialog } from './components/QueryActionDialog';
import { actionsFor, PRIMARY_QUERY_ACTIONS, QUERY_ACTION_LABELS, QUERY_ACTION_SPECS, type QueryActionKind } from './components/query-action-form';
import { QueryStatusChip } from './components/QueryStatusChip';
import { QueryTimeline } from './components/QueryTimeline';
import { TimelineEntryForm } from './components/TimelineEntryForm';
import { useQuery, useQuerySettings, useToday, useWorkingDayCalendar } from './hooks';
import { TIMELINE_SOURCE_NOTES, useArrivingTimeline } from './use-arriving-timeline';
import { ReadOnlyNotice, useWriteRefusal } from '../../ui/access';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'contents' }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

function QueryView({ query }: { query: StakeholderQuery }) {
  const [params, setParams] = useSearchParams();
  const timeZone = useTimeZone();
  const today = useToday(timeZone);
  const settings = useQuerySettings();
  const calendar = useWorkingDayCalendar(settings);
  const { timeline, source: timelineSource } = useArrivingTimeline(query.id);
  const departments = useDepartments();
  const departmentIndex = useIndex(departments);
  const members = useMembers();
  const meetings = useMeetings();
  const meetingIndex = useIndex(meetings);
  const resolutionIndex = useIndex(useResolutions());
  const upcoming = useUpcomingMeetings(zonedToInstant(today, '00:00', timeZone), 20);
  const [action, setAction] = useState<QueryActionKind | null>(null);

  const stakeholder = useStakeholder(query.stakeholderId).data ?? undefined;
  const overdue = isQueryOverdue(query, today);
  const dueSoon = !overdue && isQueryDueSoon(query, today, calendar);
  const councillor = useMemo(() => wardCouncillorOf(members.data ?? [], query.ward), [members.data, query.ward]);
  const ladder = orderedLadder(settings.data?.escalation.steps ?? []);
  const level = query.escalationLevel ?? 0;
  const actions = actionsFor(query);
  const agendaMeeting = query.agendaMeetingId ? meetingIndex.get(query.agendaMeetingId) : undefined;
  const refusal = useWriteRefusal('queries', 'queryevents');

  return (
    <>
      <PageHeader
        title={`${query.reference} · ${query.subject}`}
        // The status stays under the title here: the query specs read it beside the heading.
        subtitle={
          <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
            <QueryStatusChip status={query.status} overdue={overdue} dueSoon={dueSoon} />
            {level > 0 ? (
              <Chip size="small" color="error" variant="outlined" label={`Escalated: ${ESCALATION_ROLE_LABELS[ladder[level - 1]?.role ?? 'officer']}`} />
            ) : null}
            {query.status === 'awaiting_stakeholder' ? <Chip size="small" color="info" variant="outlined" label="Clock paused" /> : null}
          </Stack>
        }
      />
      <ReadOnlyNotice reason={refusal} />
      {params.get('logged') ? (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          onClose={() => {
            params.delete('logged');
            setParams(params, { replace: true });
          }}
        >
          Query logged. Give the stakeholder the reference number <strong>{query.reference}</strong>, or send the acknowledgement letter (Word).
        </Alert>
      ) : null}
      <Box role="toolbar" aria-label="Actions on the query" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 3 }}>
        {actions.map((kind) => (
          <Button
            key={kind}
            variant={PRIMARY_QUERY_ACTIONS.includes(kind) ? 'contained' : 'outlined'}
            onClick={() => setAction(kind)}
            disabled={refusal !== null}
            aria-haspopup="dialog"
            title={QUERY_ACTION_SPECS[kind].title}
          >
            {QUERY_ACTION_LABELS[kind]}
          </Button>
        ))}
        <Box sx={{ flex: 1 }} />
        <AcknowledgementLetterButton queryId={query.id} />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' }, alignItems: 'start' }}>
        <Stack spacing={2}>
          <Paper variant="outlined" component="section" aria-label="The query" sx={{ p: 2.5 }}>
            <Typography variant="h2" component="h2" gutterBottom>
              The query
            </Typography>
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
              <Fact label="Subject">{query.subject}</Fact>
              <Fact label="Stakeholder">
                {stakeholder ? (
                  <Link component={RouterLink} to={`/stakeholders/${stakeholder.id}`}>
                    {stakeholder.name}
                  </Link>
                ) : (
                  'Unknown'
                )}
                {stakeholder?.phone ? ` · ${stakeholder.phone}` : ''}
                {stakeholder?.email ? ` · ${stakeholder.email}` : ''}
              </Fact>
              <Fact label="Received">
                {formatDateTime(query.receivedAt, timeZone)} · {QUERY_CHANNEL_LABELS[query.channel]}
              </Fact>
              <Fact label="Category">{query.category}</Fact>
              <Fact label="Priority">{QUERY_PRIORITY_LABELS[query.priority]}</Fact>
              <Fact label="Ward">
                {query.ward ? `Ward ${query.ward}` : 'Not stated'}
                {councillor ? ` · councillor ${councillorName(councillor)}` : ''}
              </Fact>
              <Fact label="Department">
                {query.departmentId ? departmentNameOf(departmentIndex, query.departmentId) || query.departmentId : 'Not yet assigned'}
              </Fact>
              <Fact label="Responsible officer">{query.officer || 'Not yet assigned'}</Fact>
              <Fact label="Acknowledge by">
                {query.acknowledgeBy ? formatLongDate(query.acknowledgeBy) : '—'}
                {query.acknowledgedAt ? ` · acknowledged ${formatDateTime(query.acknowledgedAt, timeZone)}` : ''}
              </Fact>
              <Fact label="Due">
                <Box component="span" sx={{ color: overdue ? 'error.main' : undefined, fontWeight: overdue ? 600 : undefined }}>
                  {formatLongDate(query.dueDate)}
                  {overdue ? ` · overdue by ${workingDaysOverdue(query, today, calendar)} working days` : ''}
                </Box>
                {query.pausedWorkingDays ? ` · moved by ${query.pausedWorkingDays} working days paused` : ''}
                {query.pausedSince ? ` · clock paused since ${formatDate(query.pausedSince, timeZone)}` : ''}
              </Fact>
              {query.relatedMeetingId ? (
                <Fact label="Related meeting">
                  <Link component={RouterLink} to={`/meetings/${query.relatedMeetingId}`}>
                    {meetingIndex.get(query.relatedMeetingId)?.title ?? 'A meeting'}
                  </Link>
                </Fact>
              ) : null}
              {query.relatedResolutionId ? (
                <Fact label="Related resolution">
                  {[resolutionIndex.get(query.relatedResolutionId)?.number, resolutionIndex.get(query.relatedResolutionId)?.title]
                    .filter(Boolean)
                    .join(' · ') || 'A resolution'}
                </Fact>
              ) : null}
              {query.agendaMeetingId ? (
                <Fact label="On the agenda of">
                  <Link component={RouterLink} to={`/meetings/${query.agendaMeetingId}`}>
                    {agendaMeeting ? `${agendaMeeting.title}, ${formatDate(agendaMeeting.startsAt, timeZone)}` : 'A meeting'}
                  </Link>
                  {query.answeredAt ? ` · answered ${formatDate(query.answeredAt, timeZone)}` : ''}
                </Fact>
              ) : null}
              {query.outcome ? <Fact label="Outcome">{query.outcome}</Fact> : null}
              {query.closedAt ? <Fact label="Closed">{formatDateTime(query.closedAt, timeZone)}</Fact> : null}
            </Box>
            {query.description ? (
              <>
                <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                  Description
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 320, overflowY: 'auto' }}>
                  {query.description}
                </Typography>
              </>
            ) : null}
          </Paper>
        </Stack>
        <SettingsCard title="Timeline">
          <Stack spacing={3}>
            {timelineSource === 'laptop' ? null : (
              <Alert severity={timelineSource === 'not-yet-here' ? 'warning' : 'info'} role="status" aria-label="Where this timeline comes from">
                {TIMELINE_SOURCE_NOTES[timelineSource]}
              </Alert>
            )}
            <LiveView live={timeline} label="Loading the timeline…">
              {(events) => <QueryTimeline events={events} timeZone={timeZone} />}
            </LiveView>
            {refusal ? null : <TimelineEntryForm queryId={query.id} />}
          </Stack>
        </SettingsCard>
      </Box>
      {action ? (
        <QueryActionDialog
          kind={action}
          query={query}
          departments={departments.data ?? []}
          meetings={action === 'agenda' ? (upcoming.data ?? []) : (meetings.data ?? [])}
          timeZone={timeZone}
          onClose={() => setAction(null)}
        />
      ) : null}
    </>
  );
}

export function QueryPage() {
  const { queryId = '' } = useParams();
  const live = useQuery(queryId);
  return (
    <LiveView live={live} label="Loading the query…" shape="page">
      {(query) => (query ? <QueryView query={query} /> : <Alert severity="warning">This query no longer exists.</Alert>)}
    </LiveView>
  );
}
