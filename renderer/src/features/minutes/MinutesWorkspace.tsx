/**
 * The in-session minute-taking screen: the agenda on one side, the current item on the other,
 * with the live quorum above. The current item is in the URL (?item=…), so a reload returns to it.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { quorumAt } from '@shared/domain/attendance';
import { heldWhen, resolutionNumbersNote } from '@shared/domain/meeting-integrity';
import { minutesLockedMessage } from '@shared/domain/meeting-lifecycle';
import { isRichTextEmpty } from '@shared/domain/rich-text';
import { formatLongDate, formatTime } from '@shared/domain/time';
import type { Body, Meeting, Member, Resolution } from '@shared/schemas';
import type { Department } from '@shared/settings/areas';
import { LiveView } from '../../ui/LoadState';
import { useNow } from '../../ui/useNow';
import { firstRowsFor, useProgressiveCount, type RowGeometry } from '../../ui/useProgressiveCount';
import { useAgendaOutline } from '../agenda/hooks';
import { ExportMeetingButtons } from '../documents/ExportMeetingButtons';
import { quorumMoment } from '../attendance/AttendanceRegister';
import { QuorumIndicator } from '../attendance/QuorumIndicator';
import { useMeetingResolutions } from '../resolutions/hooks';
import { useDepartments, useSettingsArea } from '../settings/hooks';
import { ItemMinutes, ItemPanel } from './components/ItemMinutes';

// Stable empty lists: the item panel is memoised on its props (see typing.ts).
const NO_RESOLUTIONS: Resolution[] = [];
const NO_DEPARTMENTS: Department[] = [];

/** An entry of the items' list is at least 32 px tall; the list starts at least 300 px down the meeting page. */
const MINUTES_NAV_ROWS: RowGeometry = { rowPx: 32, topPx: 300 };

export function MinutesWorkspace({ meeting, body, members, timeZone }: { meeting: Meeting; body: Body; members: Map<string, Member>; timeZone: string }) {
  const { live, outline } = useAgendaOutline(meeting.id);
  const resolutions = useMeetingResolutions(meeting.id);
  const departments = useDepartments();
  const { phrases } = useSettingsArea('phrases');
  const numbering = useSettingsArea('resolutionNumbering');
  const [params, setParams] = useSearchParams();
  const now = useNow();
  const at = quorumMoment(meeting, now);
  const selectedId = params.get('item') ?? outline[0]?.item.id;
  const index = outline.findIndex((e) => e.item.id === selectedId);
  const current = outline[index];
  // A long agenda's navigation draws its first entries at once and the rest in a deferred render.
  const { shown } = useProgressiveCount(outline.length, firstRowsFor(MINUTES_NAV_ROWS));
  const byItem = useMemo(() => {
    const map = new Map<string, typeof resolutions.data>();
    for (const r of resolutions.data ?? []) map.set(r.agendaItemId ?? '', [...(map.get(r.agendaItemId ?? '') ?? []), r]);
    for (const list of map.values()) list?.sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || (a.ordinal ?? 0) - (b.ordinal ?? 0));
    return map;
  }, [resolutions]);
  const select = (id: string | undefined) => {
    if (!id) return;
    const next = new URLSearchParams(params);
    next.set('item', id);
    setParams(next, { replace: true });
  };
  // Stable across renders, so the navigation entries (memoised) skip the re-render every save causes.
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  });
  const onSelect = useCallback((id: string) => selectRef.current(id), []);

  // Before the meeting opens there is no quorum to count and no minutes to export: say so, neutrally.
  if (!meeting.openedAt) {
    return (
      <Alert severity="info" role="status">
        {meeting.status === 'draft' || meeting.status === 'notice_issued'
          ? `The meeting has not opened yet (it is scheduled for ${formatLongDate(meeting.startsAt, timeZone)} at ${formatTime(meeting.startsAt, timeZone)}). The quorum and the minutes are recorded once it is open.`
          : minutesLockedMessage(meeting.status)}
      </Alert>
    );
  }
  const held = heldWhen(meeting, timeZone);

  return (
    <LiveView live={live} label="Loading the agenda…" shape="table">
      {() => (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '300px 1fr' }, alignItems: 'start' }}>
          <Paper
            variant="outlined"
            component="nav"
            aria-label="Agenda items to minute"
            sx={{ position: { lg: 'sticky' }, top: { lg: 80 }, maxHeight: { lg: 'calc(100vh - 100px)' }, overflow: 'auto' }}
          >
            <Box sx={{ p: 1.5 }}>
              <Typography variant="body2" sx={{ mb: 1 }}>
                Held on {held.date}, opened at {held.time}
                {meeting.closedAt ? `, closed at ${formatTime(meeting.closedAt, timeZone)}` : ''}.
                {held.scheduledFor ? ` It had been scheduled for ${held.scheduledFor}.` : ''}
              </Typography>
              {resolutionNumbersNote(meeting, body, numbering, timeZone) ? (
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {resolutionNumbersNote(meeting, body, numbering, timeZone)}
                </Typography>
              ) : null}
              <QuorumIndicator state={quorumAt(meeting, body, at)} when={meeting.status === 'in_session' ? formatTime(at, timeZone) : undefined} />
              <Stack spacing={1} sx={{ mt: 1.5, alignItems: 'flex-start' }}>
                <ExportMeetingButtons document="minutes" meetingId={meeting.id} items={outline} disabled={outline.length === 0} />
              </Stack>
            </Box>
            <List dense>
              {outline.slice(0, shown).map((entry) => {
                const count = byItem.get(entry.item.id)?.length ?? 0;
                return (
                  <AgendaNavEntry
                    key={entry.item.id}
                    id={entry.item.id}
                    label={`${entry.number} ${entry.item.title}`}
                    minuted={!isRichTextEmpty(entry.item.discussion) || entry.item.decision !== 'none'}
                    motions={count}
                    depth={entry.depth}
                    selected={entry.item.id === current?.item.id}
                    onSelect={onSelect}
                  />
                );
              })}
            </List>
          </Paper>
          {current ? (
            <ItemPanel>
              <ItemMinutes
                key={current.item.id}
                item={current.item}
                number={current.number}
                meeting={meeting}
                body={body}
                members={members}
                departments={departments.data ?? NO_DEPARTMENTS}
                phrases={phrases}
                resolutions={byItem.get(current.item.id) ?? NO_RESOLUTIONS}
                timeZone={timeZone}
              />
              <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'space-between' }}>
                <Button disabled={index <= 0} onClick={() => select(outline[index - 1]?.item.id)}>
                  Previous item
                </Button>
                <Button variant="outlined" disabled={index >= outline.length - 1} onClick={() => select(outline[index + 1]?.item.id)}>
                  Next item
                </Button>
              </Stack>
            </ItemPanel>
          ) : (
            <Typography color="text.secondary">The agenda has no items to minute.</Typography>
          )}
        </Box>
      )}
    </LiveView>
  );
}

interface AgendaNavEntryProps {
  id: string;
  label: string;
  minuted: boolean;
  motions: number;
  depth: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

/**
 * One item in the minutes' navigation. Memoised on plain values: typing saves the minutes on
 * every keystroke, and only the entry whose text changed need render again.
 */
const AgendaNavEntry = memo(function AgendaNavEntry({ id, label, minuted, motions, depth, selected, onSelect }: AgendaNavEntryProps) {
  return (
    <ListItemButton selected={selected} aria-current={selected ? 'true' : undefined} onClick={() => onSelect(id)} sx={{ pl: 1.5 + depth * 2 }}>
      <ListItemText
        primary={label}
        secondary={[minuted ? 'Minuted' : '', motions ? `${motions} motion${motions > 1 ? 's' : ''}` : ''].filter(Boolean).join(' · ') || null}
        slotProps={{ primary: { sx: { wordBreak: 'break-word' } } }}
      />
    </ListItemButton>
  );
});
