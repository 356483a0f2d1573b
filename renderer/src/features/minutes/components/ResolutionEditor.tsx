/**
 * One motion under an agenda item: its number and outcome, its wording (saved as typed, with the
 * phrase shortcuts), who moved and seconded it (MotionParties.tsx) and its vote (VoteForm.tsx).
 * Failed motions stay in the minutes.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState } from 'react';
import { describeVote } from '@shared/domain/votes';
import type { AgendaItem, Body, Meeting, Member, Resolution } from '@shared/schemas';
import { MOTION_OUTCOME_LABELS } from '@shared/schemas/vocabulary';
import type { Phrase } from '@shared/settings/meetings';
import { phraseShortcutIndex } from '../../../app/shortcuts';
import { useRepositories } from '../../../db/DataProvider';
import { useAutosave } from '../useAutosave';
import { useSavedBase } from '../../../ui/useSavedBase';
import { MotionParties } from './MotionParties';
import { PhraseMenu } from './PhraseMenu';
import { SaveStatus } from './SaveStatus';
import { VoteForm } from './VoteForm';
import { defaultVoteTime, eligibleVoters } from './vote-form';
import { GrowingTextField } from '../../../ui/GrowingTextField';

const OUTCOME_COLOURS = { pending: 'default', carried: 'success', failed: 'error', withdrawn: 'warning' } as const;

interface Props {
  resolution: Resolution;
  item: AgendaItem;
  meeting: Meeting;
  body: Body;
  members: Map<string, Member>;
  phrases: Phrase[];
  timeZone: string;
  editable: boolean;
}

export function ResolutionEditor({ resolution, item, meeting, body, members, phrases, timeZone, editable }: Props) {
  const repos = useRepositories();
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const [wording, setWording] = useState({ title: resolution.title, text: resolution.text ?? '' });
  // Each save names what the person saw, so a colleague's wording synced in meanwhile is kept beside theirs.
  const saveWording = useSavedBase<{ title: string; text: string }, Pick<Resolution, 'title' | 'text'>>(
    { title: resolution.title, text: resolution.text },
    async (w, seen) => {
      if (!w.title.trim()) throw new Error('the title may not be empty');
      const saved = await repos.resolutions.saveWording(resolution.id, w, seen);
      return { title: saved.title, text: saved.text };
    },
  );
  const autosave = useAutosave<{ title: string; text: string }>(saveWording);
  const eligible = useMemo(() => eligibleVoters(meeting, body, item, defaultVoteTime(resolution, meeting)), [meeting, body, item, resolution]);
  const number = resolution.number;

  const updateWording = (next: { title: string; text: string }) => {
    setWording(next);
    autosave.schedule(next);
  };

  const insertPhrase = (text: string) => {
    const input = textRef.current;
    const start = input?.selectionStart ?? wording.text.length;
    const end = input?.selectionEnd ?? wording.text.length;
    updateWording({ ...wording, text: wording.text.slice(0, start) + text + wording.text.slice(end) });
  };

  return (
    <Paper variant="outlined" component="section" aria-label={`Resolution ${number}`} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h3" component="h3">
          {number}
        </Typography>
        <Chip size="small" color={OUTCOME_COLOURS[resolution.outcome]} label={MOTION_OUTCOME_LABELS[resolution.outcome]} />
        {resolution.voteKind !== 'none' ? (
          <Typography variant="body2" color="text.secondary">
            {describeVote(resolution, { eligibleVoterIds: eligible })}
          </Typography>
        ) : null}
        <Box sx={{ flex: 1 }} />
        {editable ? <SaveStatus state={autosave.state} label={`Resolution ${number} saved state`} timeZone={timeZone} /> : null}
      </Stack>
      <Stack spacing={2}>
        <TextField
          label="Resolution title"
          value={wording.title}
          disabled={!editable}
          onChange={(e) => updateWording({ ...wording, title: e.target.value })}
          error={!wording.title.trim()}
          helperText={!wording.title.trim() ? 'Resolution title is required.' : undefined}
        />
        <Box>
          <GrowingTextField
            label="Resolution text"
            value={wording.text}
            disabled={!editable}
            inputRef={textRef}
            onChange={(e) => updateWording({ ...wording, text: e.target.value })}
            onKeyDown={(event) => {
              const index = phraseShortcutIndex(event);
              if (index !== null) {
                const phrase = phrases[index];
                if (phrase) {
                  event.preventDefault();
                  insertPhrase(phrase.text);
                }
              }
            }}
            multiline
            minRows={3}
            fullWidth
          />
          {editable ? <PhraseMenu phrases={phrases} onInsert={insertPhrase} label="Insert phrase into the resolution" /> : null}
        </Box>
        <MotionParties resolution={resolution} item={item} meeting={meeting} body={body} members={members} timeZone={timeZone} editable={editable} />

        {editable ? <VoteForm resolution={resolution} item={item} meeting={meeting} body={body} members={members} timeZone={timeZone} /> : null}
      </Stack>
    </Paper>
  );
}
