/**
 * Members & committees → Officials: the officer names records give that match no official
 * (typed before officials were people), each with a choice of the official it stands for.
 * Matching links every record that names it (features/bodies/officer-names.ts).
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { UnmatchedName } from '@shared/domain/officials';
import type { Member } from '@shared/schemas';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { useLive } from '../../../db/use-live';
import { errorMessage } from '../../../ui/form-errors';
import { OfficialSelect } from './OfficialSelect';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function where(entry: UnmatchedName): string {
  return [entry.queries ? count(entry.queries, 'query', 'queries') : '', entry.resolutions ? count(entry.resolutions, 'resolution', 'resolutions') : '']
    .filter(Boolean)
    .join(' and ');
}

function MatchRow({ entry, members, departments }: { entry: UnmatchedName; members: Member[]; departments: Department[] }) {
  const repos = useRepositories();
  const [officialId, setOfficialId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const match = async () => {
    try {
      if (!officialId) {
        setError('Choose the official this name stands for.');
        return;
      }
      await repos.officerNames.match(entry.name, officialId);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
      <Typography sx={{ minWidth: 260, overflowWrap: 'anywhere' }}>
        “{entry.name}” on {where(entry)}
      </Typography>
      <OfficialSelect
        size="small"
        label={`Official for “${entry.name}”`}
        members={members}
        departments={departments}
        departmentId=""
        value={officialId}
        onChange={(id) => {
          setOfficialId(id);
          setError(null);
        }}
        error={!!error}
        helperText={error ?? undefined}
        sx={{ minWidth: 280 }}
      />
      <Button variant="outlined" onClick={() => void match()} aria-label={`Match “${entry.name}”`}>
        Match
      </Button>
    </Stack>
  );
}

export function UnmatchedOfficers({ members, departments }: { members: Member[]; departments: Department[] }) {
  const repos = useRepositories();
  const unmatched = useLive(() => repos.officerNames.watchUnmatched(), [repos]);
  const list = unmatched.data ?? [];
  if (list.length === 0) return null;
  const records = list.reduce((n, e) => n + e.queries + e.resolutions, 0);
  return (
    <Alert severity="warning" sx={{ mb: 2 }} role="region" aria-label="Officers not on the list">
      <Typography sx={{ mb: 1.5 }}>
        {count(records, 'record names', 'records name')} an officer who is not on the list of officials: {list.map((e) => e.name).join(', ')}. Match each name
        to an official (add the official first if they are missing), so that their queries appear in “My queries” and the exports give one name.
      </Typography>
      <Stack spacing={1.5}>
        {list.map((entry) => (
          <MatchRow key={entry.name} entry={entry} members={members} departments={departments} />
        ))}
      </Stack>
    </Alert>
  );
}
