/**
 * The minutes of one agenda item: declarations of interest, the discussion, the decision, the
 * motions and their votes, and the actions that follow. Everything typed is saved as it is typed.
 */
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { lateItemNote } from '@shared/domain/meeting-integrity';
import { canEditMinutes, minutesLockedMessage } from '@shared/domain/meeting-lifecycle';
import type { AgendaItem, Body, Meeting, Member, Resolution } from '@shared/schemas';
import type { RichText } from '@shared/schemas/agenda-item';
import { AGENDA_ITEM_KIND_LABELS, DECISION_LABELS, DECISIONS, type Decision } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import type { Phrase } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { RichTextView } from '../../../ui/RichTextView';
import { useSavedBase } from '../../../ui/useSavedBase';
import { useAction } from '../../../ui/useAction';
import { useAfterFirstPaint } from '../../../ui/after-paint';
import { GrowingTextField } from '../../../ui/GrowingTextField';
import { sameMinutesPanel } from '../typing';
import { useAutosave } from '../useAutosave';
import { ItemAttachments } from '../../agenda/components/ItemAttachments';
import { ActionsEditor } from './ActionsEditor';
import { ConfirmPreviousMinutes } from './ConfirmPreviousMinutes';
import { DeclarationsEditor } from './DeclarationsEditor';
import { DiscussionEditor } from './DiscussionEditor';
import { QueryAnswer } from './QueryAnswer';
import { ResolutionEditor } from './ResolutionEditor';
import { SaveStatus } from './SaveStatus';
import { useWriteRefusal } from '../../../ui/access';

export interface ItemMinutesProps {
  item: AgendaItem;
  number: string;
  meeting: Meeting;
  body: Body;
  members: Map<string, Member>;
  departments: Department[];
  phrases: Phrase[];
  resolutions: Resolution[];
  timeZone: string;
}

/**
 * Memoised so that typing (which saves the item on every key) does not render the whole panel
 * (declarations, motions, votes, actions) again: see typing.ts.
 */
export const ItemMinutes = memo(function ItemMinutes({ item, number, meeting, body, members, departments, phrases, resolutions, timeZone }: ItemMinutesProps) {
  const repos = useRepositories();
  const action = useAction();
  const refusal = useWriteRefusal('agendaitems', 'resolutions');
  const editable = canEditMinutes(meeting.status) && refusal === null;
  const [note, setNote] = useState(item.decisionNote ?? '');
  // Each save names what the person saw, so a colleague's minutes synced in meanwhile are kept beside theirs.
  const saveNote = useSavedBase(item.decisionNote, async (decisionNote: string, seen) => {
    const saved = await repos.agenda.saveMinutes(item.id, { decisionNote }, { decisionNote: seen });
    return saved.decisionNote;
  });
  const noteSave = useAutosave<string>(saveNote);
  const saveDiscussion = useSavedBase(item.discussion, async (discussion: RichText, seen) => {
    const saved = await repos.agenda.saveMinutes(item.id, { discussion }, { discussion: seen });
    return saved.discussion;
  });
  const label = `item ${number}`;
  // The decision, motions and actions are below the window when the item opens.
  const { painted } = useAfterFirstPaint();

  return (
    <Box component="section" aria-label={`Minutes of ${label}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h2" component="h2" sx={{ wordBreak: 'break-word' }}>
          {number} {item.title}
        </Typography>
        <Chip size="small" variant="outlined" label={AGENDA_ITEM_KIND_LABELS[item.kind]} />
        {item.inCommittee ? <Chip size="small" color="warning" label="In committee: kept out of public documents" /> : null}
        {item.lateReason ? <Chip size="small" color="info" label="Late item" /> : null}
      </Stack>
      {item.lateReason ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1, wordBreak: 'break-word' }}>
          {lateItemNote(item)}
        </Typography>
      ) : null}
      {item.reportReference || item.presenter ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {[item.reportReference ? `Report ${item.reportReference}` : '', item.presenter ? `presented by ${item.presenter}` : ''].filter(Boolean).join(', ')}
        </Typography>
      ) : null}
      {!editable ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {refusal ?? minutesLockedMessage(meeting.status)}
        </Alert>
      ) : null}
      {item.hasConflict ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Another secretary changed these minutes at the same time. Both versions are kept: settle them on the{' '}
          <Link component={RouterLink} to="/conflicts">
            Conflicts page
          </Link>
          .
        </Alert>
      ) : null}

      <Stack spacing={3} divider={<Divider flexItem />}>
        <ItemAttachments item={item} meeting={meeting} />
        <DeclarationsEditor item={item} meeting={meeting} body={body} members={members} editable={editable} />

        {editable ? (
          <DiscussionEditor
            key={item.id}
            label={`Discussion of ${label}`}
            initial={item.discussion}
            phrases={phrases}
            timeZone={timeZone}
            onSave={saveDiscussion}
          />
        ) : (
          <Box>
            <Typography variant="h3" component="h3" gutterBottom>
              Discussion
            </Typography>
            <RichTextView value={item.discussion} />
          </Box>
        )}

        {/* Below a 1366×768 window: drawn once the sections above are painted (ui/after-paint.ts). */}
        {painted
          ? [
              <Box key="decision" component="section" aria-label="Decision">
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
                  <TextField
                    select
                    label="Decision"
                    value={item.decision}
                    disabled={!editable}
                    onChange={(e) =>
                      void action.run(() => repos.agenda.saveMinutes(item.id, { decision: e.target.value as Decision }, { decision: item.decision }))
                    }
                    sx={{ minWidth: 220 }}
                  >
                    {DECISIONS.map((d) => (
                      <MenuItem key={d} value={d}>
                        {DECISION_LABELS[d]}
                      </MenuItem>
                    ))}
                  </TextField>
                  <GrowingTextField
                    label="Decision note"
                    value={note}
                    disabled={!editable}
                    onChange={(e) => {
                      setNote(e.target.value);
                      noteSave.schedule(e.target.value);
                    }}
                    helperText={
                      editable ? <SaveStatus state={noteSave.state} label={`Decision note of ${label} saved state`} timeZone={timeZone} /> : undefined
                    }
                    multiline
                    minRows={1}
                    sx={{ flex: 1 }}
                  />
                </Stack>
                {action.error ? (
                  <Alert severity="error" sx={{ mt: 1 }}>
                    {action.error}
                  </Alert>
                ) : null}
              </Box>,
              item.kind === 'confirmation_of_minutes' ? <ConfirmPreviousMinutes key="confirmation" item={item} meeting={meeting} timeZone={timeZone} /> : null,
              item.queryId ? <QueryAnswer key="answer" item={{ ...item, queryId: item.queryId }} editable={editable} timeZone={timeZone} /> : null,
              <Box key="motions" component="section" aria-label={`Motions under ${label}`}>
                <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
                  <Typography variant="h3" component="h3" sx={{ flex: 1 }}>
                    Motions and resolutions
                  </Typography>
                  {editable ? (
                    <Button startIcon={<AddIcon />} variant="outlined" onClick={() => void action.run(() => repos.resolutions.propose(item.id))}>
                      Propose a motion
                    </Button>
                  ) : null}
                </Stack>
                {resolutions.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    No motions under this item.
                  </Typography>
                ) : (
                  <Stack spacing={2}>
                    {resolutions.map((r) => (
                      <ResolutionEditor
                        key={r.id}
                        resolution={r}
                        item={item}
                        meeting={meeting}
                        body={body}
                        members={members}
                        phrases={phrases}
                        timeZone={timeZone}
                        editable={editable}
                      />
                    ))}
                  </Stack>
                )}
              </Box>,
              <ActionsEditor key="actions" item={item} departments={departments} editable={editable} timeZone={timeZone} />,
            ]
          : null}
      </Stack>
    </Box>
  );
}, sameMinutesPanel);

/** A frame for the item panel so long minutes scroll inside it. */
export function ItemPanel({ children }: { children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, minWidth: 0 }}>
      {children}
    </Paper>
  );
}
