/**
 * Settings → General → Departments: the list every department choice reads. Departments are
 * added, renamed and retired here; one that no record names may be deleted. The rules (unique
 * names ignoring case and spaces, the length limit, never deleting one in use) are the
 * department register's (features/settings/department-register.ts); this form shows them.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Department } from '@shared/settings/areas';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { LiveView } from '../../../ui/LoadState';
import { errorMessage } from '../../../ui/form-errors';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { useDepartments } from '../hooks';
import { AddDepartmentForm } from './AddDepartmentForm';
import { RenameDepartmentDialog } from './RenameDepartmentDialog';

export function DepartmentsSettings() {
  const repos = useRepositories();
  const departments = useDepartments();
  const list = departments.data ?? [];
  const [renaming, setRenaming] = useState<Department | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(error instanceof RecordValidationError ? (Object.values(error.fieldErrors)[0] ?? error.message) : errorMessage(error));
    }
  };
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">
        Queries, resolutions, officials, bodies and agenda items are assigned to these departments. A retired department stays on the records that name it and
        is offered for no new ones.
      </Typography>
      {problem ? <Alert severity="warning">{problem}</Alert> : null}
      <LiveView live={departments}>
        {(list) =>
          list.length === 0 ? (
            <Typography>No departments are set up yet: add the first one below.</Typography>
          ) : (
            <Table size="small" aria-label="Departments">
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Code</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{d.name}</TableCell>
                    <TableCell>{d.code}</TableCell>
                    <TableCell>{d.retired ? <Chip size="small" label="Retired" /> : 'In use'}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Button size="small" onClick={() => setRenaming(d)} aria-label={`Rename ${d.name}`}>
                        Rename
                      </Button>
                      <Button
                        size="small"
                        onClick={() => void act(() => repos.departments.setRetired(d.id, !d.retired))}
                        aria-label={`${d.retired ? 'Reinstate' : 'Retire'} ${d.name}`}
                      >
                        {d.retired ? 'Reinstate' : 'Retire'}
                      </Button>
                      <Button size="small" color="error" onClick={() => void act(() => repos.departments.remove(d.id))} aria-label={`Delete ${d.name}`}>
                        Delete
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </LiveView>
      <AddDepartmentForm departments={list} />
      {renaming ? <RenameDepartmentDialog department={renaming} departments={list} onClose={() => setRenaming(null)} /> : null}
    </Stack>
  );
}
