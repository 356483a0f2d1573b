/** The speaker's office view at a glance: upcoming meetings, open and overdue work. */
import DashboardIcon from '@mui/icons-material/Dashboard';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { isQueryOpen, isQueryOverdue } from '@shared/domain/queries';
import { isResolutionOverdue } from '@shared/domain/resolutions';
import { formatDateTime, today, zonedToInstant } from '@shared/domain/time';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useBodies, useIndex } from '../bodies/hooks';
import { useUpcomingMeetings } from '../meetings/hooks';
import { useQueries } from '../queries/hooks';
import { useResolutions } from '../resolutions/hooks';
import { useTimeZone } from '../settings/hooks';

function Figure({ label, value, tone, to }: { label: string; value: number; tone?: 'error'; to: string }) {
  return (
    <Box component="li" sx={{ listStyle: 'none' }}>
      <Link component={RouterLink} to={to} underline="hover" color="inherit" aria-label={`${label}: ${value}`}>
        <Typography variant="h3" component="p" sx={{ fontSize: '2rem', color: tone === 'error' && value > 0 ? 'error.main' : 'text.primary' }}>
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
  const todayDate = today(timeZone);
  // Today's meetings count as upcoming until the day is over.
  const upcoming = useUpcomingMeetings(zonedToInstant(todayDate, '00:00', timeZone), 5);
  const queries = useQueries();
  const resolutions = useResolutions();
  const bodyIndex = useIndex(useBodies());

  const openQueries = (queries.data ?? []).filter(isQueryOpen);
  const overdueQueries = openQueries.filter((q) => isQueryOverdue(q, todayDate));
  const overdueResolutions = (resolutions.data ?? []).filter((r) => isResolutionOverdue(r, todayDate));
  const inProgress = (resolutions.data ?? []).filter((r) => r.outcome === 'carried' && (r.status === 'in_progress' || r.status === 'not_started'));
  const nothingYet = upcoming.data?.length === 0 && queries.data?.length === 0 && resolutions.data?.length === 0;

  return (
    <>
      <PageHeader title="Dashboard" subtitle="Upcoming meetings, resolutions to implement and queries to answer" />
      {nothingYet ? (
        <EmptyState title="Nothing to show yet" icon={<DashboardIcon />}>
          Once meetings are scheduled and queries logged, this page shows what is coming up and what is overdue.
        </EmptyState>
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
          <Card title="Upcoming meetings">
            <LiveView live={upcoming} label="Loading meetings…">
              {(list) =>
                list.length === 0 ? (
                  <Typography color="text.secondary">No meetings are scheduled.</Typography>
                ) : (
                  <List dense aria-label="Upcoming meetings">
                    {list.map((m) => (
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
          <Card title="Queries">
            <Box component="ul" sx={{ display: 'flex', gap: 4, p: 0, m: 0 }}>
              <Figure label="Open queries" value={openQueries.length} to="/queries" />
              <Figure label="Overdue queries" value={overdueQueries.length} tone="error" to="/queries" />
            </Box>
          </Card>
          <Card title="Resolutions">
            <Box component="ul" sx={{ display: 'flex', gap: 4, p: 0, m: 0 }}>
              <Figure label="Being implemented" value={inProgress.length} to="/resolutions" />
              <Figure label="Overdue resolutions" value={overdueResolutions.length} tone="error" to="/resolutions" />
            </Box>
          </Card>
        </Box>
      )}
    </>
  );
}
