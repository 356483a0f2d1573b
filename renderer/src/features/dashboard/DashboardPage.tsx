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
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { isQueryDueSoon, isQueryOpen, isQueryOverdue } from '@shared/domain/queries';
import { councilQuarterWithoutMeeting } from '@shared/domain/meetings';
import { isResolutionOverdue } from '@shared/domain/resolutions';
import { formatDateTime, zonedToInstant } from '@shared/domain/time';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useBodies, useIndex } from '../bodies/hooks';
import { useQuarterMeetings, useUpcomingMeetings } from '../meetings/hooks';
import { useEscalationSweep, useQueryDashboard, useQuerySettings, useToday, useWorkingDayCalendar } from '../queries/hooks';
import { useResolutionCount, useUnfinishedResolutions } from '../resolutions/hooks';
import { useDepartments, useTimeZone } from '../settings/hooks';
// The charts library is large: its chunk loads after the figures are on screen.
const QueryCharts = lazy(() => import('./components/QueryCharts').then((m) => ({ default: m.QueryCharts })));

function Figure({ label, value, tone, to }: { label: string; value: number; tone?: 'error' | 'warning'; to: string }) {
  const color = value > 0 && tone === 'error' ? 'error.main' : value > 0 && tone === 'warning' ? 'warning.dark' : 'text.primary';
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <Link component={RouterLink} to={to} underline="hover" color="inherit" aria-label={`${label}: ${value}`}>
        <Typography variant="h3" component="p" sx={{ fontSize: '2rem', color }}>
          {value}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
      </Link>
    </Box>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2.5 }}>
      <Typography variant="h2" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function DashboardPage() {
  const timeZone = useTimeZone();
  const todayDate = useToday(timeZone);
  // Today's meetings count as upcoming until the day is over.
  const upcoming = useUpcomingMeetings(zonedToInstant(todayDate, '00:00', timeZone), 5);
  const queries = useQueryDashboard(todayDate, timeZone);
  // Only resolutions still being implemented are read: a five-year register stays on disk.
  const resolutions = useUnfinishedResolutions();
  const resolutionCount = useResolutionCount();
  const bodies = useBodies();
  const bodyIndex = useIndex(bodies);
  const quarterMeetings = useQuarterMeetings(todayDate, timeZone);
  const councilIds = (bodies.data ?? []).filter((b) => b.kind === 'council').map((b) => b.id);
  const quarterGap = quarterMeetings.data ? councilQuarterWithoutMeeting(quarterMeetings.data, councilIds, todayDate) : null;
  const departmentIndex = useIndex(useDepartments());
  const settings = useQuerySettings();
  const calendar = useWorkingDayCalendar(settings);
  useEscalationSweep(todayDate);

  const openQueries = useMemo(() => (queries.data?.open ?? []).filter(isQueryOpen), [queries.data]);
  const overdueQueries = openQueries.filter((q) => isQueryOverdue(q, todayDate));
  const dueSoon = openQueries.filter((q) => isQueryDueSoon(q, todayDate, calendar));
  const overdueResolutions = (resolutions.data ?? []).filter((r) => isResolutionOverdue(r, todayDate));
  const inProgress = (resolutions.data ?? []).filter((r) => r.outcome === 'carried' && (r.status === 'in_progress' || r.status === 'not_started'));
  const noQueries = queries.data ? queries.data.open.length === 0 && queries.data.trend.every((m) => m.received === 0 && m.resolved === 0) : false;
  const busy = !upcoming.data || !queries.data || !resolutions.data || resolutionCount.data === undefined;
  const nothingYet = upcoming.data?.length === 0 && noQueries && resolutionCount.data === 0;

  return (
    <>
      <PageHeader title="Dashboard" subtitle="Upcoming meetings, resolutions to implement and queries to answer" />
      {quarterGap ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Council has no meeting held or scheduled in {quarterGap.label}. The Municipal Structures Act (s18) requires Council to meet at
          least quarterly.
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
          sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}
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
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Card title="Queries">
              <Box component="ul" sx={{ display: 'flex', gap: 4, p: 0, m: 0, flexWrap: 'wrap' }}>
                <Figure label="Open queries" value={openQueries.length} to="/queries?queue=open" />
                <Figure label="Overdue queries" value={overdueQueries.length} tone="error" to="/queries?queue=overdue" />
                <Figure label="Due in the next 2 working days" value={dueSoon.length} tone="warning" to="/queries?queue=due_soon" />
              </Box>
            </Card>
            <Card title="Resolutions">
              <Box component="ul" sx={{ display: 'flex', gap: 4, p: 0, m: 0 }}>
                <Figure label="Being implemented" value={inProgress.length} to="/resolutions" />
                <Figure label="Overdue resolutions" value={overdueResolutions.length} tone="error" to="/resolutions" />
              </Box>
            </Card>
          </Box>
          <LiveView live={queries} label="Loading query figures…">
            {(data) =>
              // The charts (and their library) load once the figures above stand: they come second.
              busy ? (
                <Loading label="Loading charts…" />
              ) : (
                <Suspense fallback={<Loading label="Loading charts…" />}>
                  <QueryCharts open={data.open} trend={data.trend} resolutions={data.resolutions} departments={departmentIndex} today={todayDate} timeZone={timeZone} />
                </Suspense>
              )
            }
          </LiveView>
        </Box>
      )}
    </>
  );
}
