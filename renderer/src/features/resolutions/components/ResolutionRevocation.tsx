/** A resolution revoked by a later one, or revoking an earlier one: the link both ways, and recording a revocation. */
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import type { Resolution } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { bindField } from '../../../ui/schema-resolver';
import { revocationCandidates, revocationResolver, type RevocationValues } from './resolution-form';
import { GeneralErrors } from '../../../ui/GeneralErrors';

function ResolutionLink({ id, all }: { id: string; all: Resolution[] }) {
  const target = all.find((r) => r.id === id);
  return target ? (
    <Link component={RouterLink} to={`/resolutions/${id}`}>
      {target.number} {target.title}
    </Link>
  ) : (
    <span>a resolution not on this device</span>
  );
}

/** Where the register's messages go: either end of the link is the chosen resolution. */
const FIELD_OF: Partial<Record<string, keyof RevocationValues>> = { revokedById: 'byId', revokesId: 'byId' };

function RevocationForm({ resolution, all }: { resolution: Resolution; all: Resolution[] }) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  const candidates = useMemo(() => revocationCandidates(resolution, all), [resolution, all]);
  const resolver = useMemo(() => revocationResolver(candidates), [candidates]);
  const { control, handleSubmit, setError, formState } = useForm<RevocationValues>({ resolver, defaultValues: { byId: '' } });
  const revoke = handleSubmit(async ({ byId }) => {
    setGeneral([]);
    try {
      await repos.resolutions.revoke(resolution.id, byId);
    } catch (error) {
      showSaveError(error, FIELD_OF, setError, setGeneral);
    }
  });
  const error = formState.errors.byId?.message;
  return (
    <Stack
      component="form"
      aria-label="Record a revocation"
      noValidate
      spacing={1}
      onSubmit={(event) => {
        event.preventDefault();
        void revoke(event);
      }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <Controller
          name="byId"
          control={control}
          render={({ field }) => (
            <TextField {...bindField(field)} select size="small" label="Revoked by resolution" error={!!error} helperText={error} sx={{ minWidth: 320 }}>
              {candidates.length === 0 ? <MenuItem disabled>No later resolution</MenuItem> : null}
              {candidates.map((r) => (
                <MenuItem key={r.id} value={r.id}>
                  {r.number} {r.title}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
          Record revocation
        </Button>
      </Stack>
      <GeneralErrors messages={general} />
    </Stack>
  );
}

export function ResolutionRevocation({ resolution, all }: { resolution: Resolution; all: Resolution[] }) {
  return (
    <Stack spacing={1}>
      {resolution.revokedById ? (
        <Typography>
          Revoked by <ResolutionLink id={resolution.revokedById} all={all} />.
        </Typography>
      ) : null}
      {resolution.revokesId ? (
        <Typography>
          Revokes <ResolutionLink id={resolution.revokesId} all={all} />.
        </Typography>
      ) : null}
      {!resolution.revokedById && resolution.outcome === 'carried' ? <RevocationForm resolution={resolution} all={all} /> : null}
    </Stack>
  );
}
