/**
 * Settings → General → Departments: the list every department choice reads. Departments are
 * added, renamed and retired here; one that no record names may be deleted. The rules (unique
 * names ignoring case and spaces, the length limit, never deleting one in use) are the
 * department register's (features/settings/departments.repository.ts); this form shows them.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DEPARTMENT_CODE_MAX, DEPARTMENT_NAME_MAX } from '@shared/domain/departments';
import type { Department } from '@shared/settings/areas';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { LiveView } from '../../../ui/LoadState';
import { errorMessage, useRecordErrors } from '../../../ui/form-errors';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import { useDepartments } from '../hooks';

type Field = 'name' | 'code';
const FIELD_OF: Partial<Record<string, Field>> = { name: 'name', code: 'code' };

const nameHelp = (name: string) => `${name.trim().length} of at most ${DEPARTMENT_NAME_MAX} characters`;

function AddDepartmentForm() {
  const repos = useRepositories();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { fields, general, capture, reset } = useRecordErrors<Field>(FIELD_OF);
  const add = async () => {
    if (saving) return;
    reset();
    setAdded(null);
    setSaving(true);
    const submitted = { name, code };
    try {
      const department = await repos.departments.add(submitted);
      // Clear only what was added: a name typed while the save was running is
      // the next department, not something to throw away.
      setName((current) => (current === submitted.name ? '' : current));
      setCode((current) => (current === submitted.code ? '' : current));
      setAdded(`${department.name} (${department.code}) is added.`);
    } catch (error) {
      capture(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack
      component="form"
      aria-label="Add a department"
      noValidate
      spacing={1.5}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      {general ? <Alert severity="error">{general}</Alert> : null}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label="New department’s name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={!!fields.name}
          helperText={fields.name ?? nameHelp(name)}
          slotProps={{ htmlInput: { maxLength: DEPARTMENT_NAME_MAX + 40 } }}
          sx={{ flex: 2 }}
        />
        <TextField
          label="Code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={!!fields.code}
          helperText={fields.code ?? 'Optional: made from the initials when left empty'}
          slotProps={{ htmlInput: { maxLength: DEPARTMENT_CODE_MAX } }}
          sx={{ flex: 1 }}
        />
        <Button type="submit" variant="contained" disabled={saving} sx={{ mt: 1 }}>
          Add department
        </Button>
      </Stack>
      {added ? <Alert severity="success">{added}</Alert> : null}
    </Stack>
  );
}

function RenameDialog({ department, onClose }: { department: Department; onClose: () => void }) {
  const repos = useRepositories();
  const [name, setName] = useState(department.name);
  const { fields, general, capture } = useRecordErrors<Field>(FIELD_OF);
  const save = async () => {
    try {
      await repos.departments.rename(department.id, name);
      onClose();
    } catch (error) {
      capture(error);
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="rename-department-title" fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="rename-department-title">Rename {department.name}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general ? <Alert severity="error">{general}</Alert> : null}
            <Typography color="text.secondary">Every record that names the department shows the new name.</Typography>
            <TextField
              label="Department’s name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
              error={!!fields.name}
              helperText={fields.name ?? nameHelp(name)}
              slotProps={{ htmlInput: { maxLength: DEPARTMENT_NAME_MAX + 40 } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            Save name
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function DepartmentsSettings() {
  const repos = useRepositories();
  const departments = useDepartments();
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
      <AddDepartmentForm />
      {renaming ? <RenameDialog department={renaming} onClose={() => setRenaming(null)} /> : null}
    </Stack>
  );
}
