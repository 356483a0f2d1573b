/**
 * A query's timeline, oldest first: who did what and when. It is read-only by design: what was
 * done is never edited; something new is added with the entry form below it.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime } from '@shared/domain/time';
import type { QueryEvent } from '@shared/schemas';
import { QUERY_EVENT_KIND_LABELS, QUERY_STATUS_LABELS } from '@shared/schemas/vocabulary';

export function QueryTimeline({ events, timeZone }: { events: QueryEvent[]; timeZone: string }) {
  if (events.length === 0) return <Typography color="text.secondary">Nothing has been recorded yet.</Typography>;
  return (
    <Box component="ol" aria-label="Timeline" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {events.map((event) => {
        const change = event.toStatus ? `${event.fromStatus ? `${QUERY_STATUS_LABELS[event.fromStatus]} → ` : ''}${QUERY_STATUS_LABELS[event.toStatus]}` : '';
        const tone = event.kind === 'escalated' ? 'error.main' : event.kind === 'paused' || event.kind === 'resumed' ? 'info.main' : 'primary.main';
        return (
          <Box
            component="li"
            key={event.id}
            aria-label={`${QUERY_EVENT_KIND_LABELS[event.kind]}, ${formatDateTime(event.at, timeZone)}, by ${event.by}`}
            sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider', ml: 1, '&:last-child': { pb: 0 } }}
          >
            <Box aria-hidden="true" sx={{ position: 'absolute', left: -7, top: 4, width: 12, height: 12, borderRadius: '50%', bgcolor: tone }} />
            <Typography variant="subtitle2" component="p">
              {QUERY_EVENT_KIND_LABELS[event.kind]}
              {change ? ` · ${change}` : ''}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="p">
              {formatDateTime(event.at, timeZone)} · {event.by}
            </Typography>
            {event.text ? (
              <Typography variant="body2" component="p" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.5 }}>
                {event.text}
              </Typography>
            ) : null}
            {event.informed && !event.text?.includes(event.informed) ? (
              <Typography variant="body2" component="p">
                Ward councillor informed: {event.informed}
              </Typography>
            ) : null}
            {event.dueDate && event.previousDueDate && !event.text?.includes(formatDate(event.dueDate)) ? (
              <Typography variant="body2" component="p">
                Due date: {formatDate(event.previousDueDate, timeZone)} → {formatDate(event.dueDate, timeZone)}
              </Typography>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
