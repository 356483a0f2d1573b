/** A counted vote: the votes for, against and abstaining, as typed. */
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { VoteValues } from './vote-form';

type Counts = Pick<VoteValues, 'votesFor' | 'votesAgainst' | 'abstentions'>;

export function CountedVotes({ vote, error, onChange }: { vote: Counts; error: string | undefined; onChange: (counts: Partial<Counts>) => void }) {
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <TextField
        label="Votes for"
        value={vote.votesFor}
        onChange={(e) => onChange({ votesFor: e.target.value })}
        error={!!error}
        helperText={error}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        label="Votes against"
        value={vote.votesAgainst}
        onChange={(e) => onChange({ votesAgainst: e.target.value })}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        label="Abstentions"
        value={vote.abstentions}
        onChange={(e) => onChange({ abstentions: e.target.value })}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </Stack>
  );
}
