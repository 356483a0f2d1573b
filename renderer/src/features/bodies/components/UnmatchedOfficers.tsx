/**
 * Members & committees → Officials: the officer names records give that match no official
 * (typed before officials were people), each with a choice of the official it stands for.
 * Matching links every record that names it (features/bodies/officer-names.ts); the choice is held
 * in react-hook-form and checked by officerMatchResolver (officer-match-form.ts).
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { UnmatchedName } from '@shared/domain/officials';
import type { Member } from '@shared/schemas';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { useLive } from '../../../db/use-live';
import { showSaveError } from '../../../ui/form-errors';
import { OfficialSelect } from './OfficialSelect';
import { OFFICER_MATCH_FIELD_OF, officerMatchResolver, type OfficerMatchValues } from './officer-match-form';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function where(entry: UnmatchedName): string {
  const parts = [
    entry.queries ? count(entry.queries, 'query', 'queries') : '',
    entry.resolutions ? count(entry.resolutions, 'resolution', 'resolutions') : '',
    entry.actions ? count(entry.actions, 'action in the minutes', 'actions in the minutes') : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

function MatchRow({ entry, members, departments }: { entry: UnmatchedName; members: Member[]; departments: Department[] }) {
  const repos = useRepositories();
  const resolver = useMemo(() => officerMatchResolver(members), [members]);
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, formState } = useForm<OfficerMatchValues>({ resolver, defaultValues: { officialId: '' } });
  const match = handleSubmit(async ({ officialId }) => {
    setGeneral([]);
    try {
      await repos.officerNames.match(entry.name, officialId);
    } catch (error) {
      showSaveError(error, OFFICER_MATCH_FIELD_OF, setError, setGeneral);
    }
  });
  // A failed write is said where the choice is, like the register's own refusals.
  const error = formState.errors.officialId?.message ?? (general.length > 0 ? general.join(' ') : undefined);
  return (
    <Stack
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void match(event);
      }}
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ alignItems: { md: 'center' } }}
    >
      <Typography sx={{ minWidth: 260, overflowWrap: 'anywhere' }}>
        “{entry.name}” on {where(entry)}
      </Typography>
      <Controller
        name="officialId"
        control={control}
        render={({ field }) => (
          <OfficialSelect
            size="small"
            label={`Official for “${entry.name}”`}
            members={members}
            departments={departments}
            departmentId=""
            name={field.name}
            inputRef={field.ref}
            value={field.value}
            onChange={(id) => {
              field.onChange(id);
              setGeneral([]);
            }}
            onBlur={field.onBlur}
            error={!!error}
            helperText={error}
            sx={{ minWidth: 280 }}
          />
        )}
      />
      <Button type="submit" variant="outlined" disabled={formState.isSubmitting} aria-label={`Match “${entry.name}”`}>
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
  const records = list.reduce((n, e) => n + e.queries + e.resolutions + e.actions, 0);
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
