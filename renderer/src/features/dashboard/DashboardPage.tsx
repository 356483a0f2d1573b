/**
 * The Municipal Manager's and speaker's office view at a glance: upcoming meetings, resolutions to
 * implement, and queries: open and overdue by department, how long they wait, how quickly they are
 * resolved, and the year's trend. Each figure links to the queue behind it.
 */
import DashboardIcon from '@mui/icons-material/Dashboard';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { councilQuarterWithoutMeeting } from '@shared/domain/meetings';
import type { Department } from '@shared/settings/areas';
import { formatDateTime, zonedToInstant } from '@shared/domain/time';
import { EmptyState } from '../../ui/EmptyState';
import { SetupChecklist } from './components/SetupChecklist';
import { LiveView, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useBodies, useIndex } from '../bodies/hooks';
import { useQuarterMeetings, useUpcomingMeetings } from '../meetings/hooks';
import { useAnyQuery, useEscalationSweep, useQueryDashboard, useQuerySettings, useQueueCounts, useToday, useWorkingDayCalendar } from '../queries/hooks';
import { useAnyResolution, useImplementationFigures } from '../resolutions/hooks';
import { useDepartments, useTimeZone } from '../settings/hooks';
import { PartialRecordsNotice } from '../sync/components/PartialRecordsNotice';
// The charts library is large: its chunk loads after the figures are on screen.
const QueryCharts = lazy(() => import('./components/QueryCharts').then((m) => ({ default: m.QueryCharts })));

function Figure({ label, value, tone, to }: { label: string; value: number; tone?: 'error' | 'warning'; to: string }) {
  const color = value > 0 && tone === 'error' ? 'error.main' : value > 0 && tone === 'warning' ? 'warning.main' : 'text.primary';
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      {/* The label comes first in the page, as in the link's name, and is drawn under the figure. */}
      <Link
        component={RouterLink}
        to={to}
        underline="hover"
        color="inherit"
        aria-label={`${label}: ${value}`}
        sx={{ display: 'flex', flexDirection: 'column-reverse' }}
      >
        <Typography variant="body2" color="text.secondary">
          {`${label} `}
        </Typography>
        <Typography variant="h3" component="p" sx={{ fontSize: '2rem', color }}>
          {value}
        </Typography>
      </Link>
    </Box>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2.5, height: '100%' }}>
      <Typography variant="h2" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** The query charts: the open queries, the monthly trend and recent resolutions, read when shown. */
function DashboardCharts({ today, timeZone, departments }: { today: string; timeZone: string; departments: Map<string, Department> }) {
  const queries = useQueryDashboard(today, timeZone);
  return (
    <LiveView live={queries} label="Loading charts…">
      {(data) => (
        <Suspense fallback={<Loading label="Loading charts…" />}>
          <QueryCharts open={data.open} trend={data.trend} resolutions={data.resolutions} departments={departments} today={today} timeZone={timeZone} />
        </Suspense>
      )}
    </LiveView>
  );
}

export function DashboardPage() {
  const timeZone = useTimeZone();
  const todayDate = useToday(timeZone);
  // Today's meetings count as upcoming until the day is over.
  const upcoming = useUpcomingMeetings(zonedToInstant(todayDate, '00:00', timeZone), 5);
  const settings = useQuerySettings();
  const calendar = useWorkingDayCalendar(settings);
  // Figures are counted through indexes; the charts, which need the open queries themselves, load after.
  const figures = useQueueCounts(todayDate, calendar);
  const anyQuery = useAnyQuery();
  const anyResolution = useAnyResolution();
  const bodies = useBodies();
  const bodyIndex = useIndex(bodies);
  const quarterMeetings = useQuarterMeetings(todayDate, timeZone);
  const councilIds = (bodies.data ?? []).filter((b) => b.kind === 'council').map((b) => b.id);
  const quarterGap = quarterMeetings.data ? councilQuarterWithoutMeeting(quarterMeetings.data, councilIds, todayDate) : null;
  const departmentIndex = useIndex(useDepartments());
  useEscalationSweep(todayDate);

  const noQueries = anyQuery.data === false;
  const busy = !upcoming.data || !figures.data || anyQuery.data === undefined || anyResolution.data === undefined;
  // The resolution figures read every unfinished resolution (failed motions included; a five-year
  // register stays on disk): their card has its own loading state, they start once the first
  // figures stand, and the charts (which read every open query) wait for them in turn.
  const resolutions = useImplementationFigures(todayDate, !busy);
  const nothingYet = upcoming.data?.length === 0 && noQueries && anyResolution.data === false;

  return (
    <>
      <PageHeader title="Dashboard" subtitle="Upcoming meetings, resolutions to implement and queries to answer" />
      <PartialRecordsNotice collections={['meetings', 'resolutions', 'queries', 'queryevents']} what="the dashboard" />
      <SetupChecklist />
      {quarterGap ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Council has no meeting held or scheduled in {quarterGap.label}. The Municipal Structures Act (s18) requires Council to meet at least quarterly.
        </Alert>
      ) : null}
      {nothingYet ? (
        <EmptyState title="Nothing to show yet" icon={<DashboardIcon />}>
          Once meetings are scheduled and queries logged, this page shows what is coming up and what is overdue.
        </EmptyState>
      ) : (
        <Box
          component="section"
          aria-label="Overview"
          // Busy until the figures stand on loaded data, so assistive technology (and the benchmark) knows when they are true.
          aria-busy={busy}
          // One gap everywhere; cards side by side are as tall as each other.
          sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'stretch' }}
        >
          <Card title="Upcoming meetings">
            <LiveView live={upcoming} label="Loading meetings…">
              {(meetings) =>
                meetings.length === 0 ? (
                  <Typography color="text.secondary">No meetings are scheduled.</Typography>
                ) : (
                  <List dense aria-label="Upcoming meetings">
                    {meetings.map((m) => (
                      <ListItem key={m.id} disableGutters>
                        <ListItemText
                          primary={
                            <Link component={RouterLink} to={`/meetings/${m.id}`}>
                              {m.title}
                            </Link>
                          }
                          secondary={`${formatDateTime(m.startsAt, timeZone)} · ${bodyIndex.get(m.bodyId)?.name ?? ''} · ${m.venue}`}
                        />
                      </ListItem>
                    ))}
                  </List>
                )
              }
            </LiveView>
          </Card>
          <Box sx={{ display: 'grid', gap: 2, gridAutoRows: '1fr' }}>
            <Card title="Queries">
              <Box component="ul" sx={{ display: 'flex', gap: 4, p: 0, m: 0, flexWrap: 'wrap' }}>
                <Figure label="Open queries" value={figures.data?.open ?? 0} to="/queries?queue=open" />
                <Figure label="Overdue queries" value={figures.data?.overdue ?? 0} tone="error" to="/queries?queue=overdue" />
                <Figure label="Due in the next 2 working days" value={figures.data?.dueSoon ?? 0} tone="warning" to="/queries?queue=due_soon" />
              </Box>
            </Card>
            <Card title="Resolutions">
              <Box aria-label="Resolution figures" aria-busy={!resolutions.data}>
                <LiveView live={resolutions} label="Loading resolution figures…">
                  {(counted) => (
                    <Box component="ul" sx={{ display: 'flex', gap: 4, p: 0, m: 0 }}>
                      <Figure label="Being implemented" value={counted.beingImplemented} to="/resolutions" />
                      <Figure label="Overdue resolutions" value={counted.overdue} tone="error" to="/resolutions" />
                    </Box>
                  )}
                </LiveView>
              </Box>
            </Card>
          </Box>
          {/* The charts (their data and their library) load once the figures above stand: they come second. */}
          {busy || resolutions.status === 'loading' ? (
            <Loading label="Loading charts…" />
          ) : (
            <DashboardCharts today={todayDate} timeZone={timeZone} departments={departmentIndex} />
          )}
        </Box>
      )}
    </>
  );
}
