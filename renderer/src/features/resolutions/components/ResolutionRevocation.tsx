/** A resolution revoked by a later one, or revoking an earlier one: the link both ways, and recording a revocation. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Resolution } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { useAction } from '../../../ui/useAction';

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

export function ResolutionRevocation({ resolution, all }: { resolution: Resolution; all: Resolution[] }) {
  const repos = useRepositories();
  const action = useAction();
  const [byId, setById] = useState('');
  const candidates = all.filter((r) => r.id !== resolution.id && r.outcome === 'carried' && r.adoptedOn >= resolution.adoptedOn && !r.revokesId);
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
      {!resolution.revokedById && resolution.outcome === 'carried' ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
          <TextField select size="small" label="Revoked by resolution" value={byId} onChange={(e) => setById(e.target.value)} sx={{ minWidth: 320 }}>
            {candidates.length === 0 ? <MenuItem disabled>No later resolution</MenuItem> : null}
            {candidates.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.number} {r.title}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" disabled={!byId || action.busy} onClick={() => void action.run(() => repos.resolutions.revoke(resolution.id, byId))}>
            Record revocation
          </Button>
        </Stack>
      ) : null}
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
    </Stack>
  );
}
