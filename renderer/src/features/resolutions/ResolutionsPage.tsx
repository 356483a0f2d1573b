/** The resolution register: every resolution and failed motion, newest first. */
import GavelIcon from '@mui/icons-material/Gavel';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { formatDate } from '@shared/domain/time';
import { IMPLEMENTATION_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useBodies, useIndex } from '../bodies/hooks';
import { useDepartments, useTimeZone } from '../settings/hooks';
import { useResolutions } from './hooks';

export function ResolutionsPage() {
  const resolutions = useResolutions();
  const bodyIndex = useIndex(useBodies());
  const departmentIndex = useIndex(useDepartments());
  const timeZone = useTimeZone();
  return (
    <>
      <PageHeader title="Resolutions" subtitle="The register of council and committee resolutions and their implementation" />
      <LiveView live={resolutions} label="Loading resolutions…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No resolutions yet" icon={<GavelIcon />}>
              Resolutions appear here as they are minuted in meetings, each with its number, mover, seconder and vote,
              and are tracked until implemented.
            </EmptyState>
          ) : (
            <TableContainer component={Paper} variant="outlined">
              <Table aria-label="Resolutions" size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Number</TableCell>
                    <TableCell>Date</TableCell>
                    <TableCell>Body</TableCell>
                    <TableCell>Title</TableCell>
                    <TableCell>Outcome</TableCell>
                    <TableCell>Responsible</TableCell>
                    <TableCell>Due</TableCell>
                    <TableCell>Status</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.number}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(r.adoptedOn, timeZone)}</TableCell>
                      <TableCell>{bodyIndex.get(r.bodyId)?.name ?? ''}</TableCell>
                      <TableCell>{r.title}</TableCell>
                      <TableCell>{r.outcome === 'carried' ? 'Carried' : r.outcome === 'failed' ? 'Failed' : 'Withdrawn'}</TableCell>
                      <TableCell>{r.departmentId ? (departmentIndex.get(r.departmentId)?.name ?? '') : ''}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.dueDate ? formatDate(r.dueDate, timeZone) : ''}</TableCell>
                      <TableCell>
                        <Chip size="small" label={IMPLEMENTATION_STATUS_LABELS[r.status]} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )
        }
      </LiveView>
    </>
  );
}
