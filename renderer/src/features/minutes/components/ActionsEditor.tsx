/** Actions arising from an item: what is to be done, by which department and official, by when. */
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { newId } from '@shared/domain/ids';
import { formatDate, isCalendarDate } from '@shared/domain/time';
import type { AgendaItem } from '@shared/schemas';
import type { AgendaAction } from '@shared/schemas/agenda-item';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { useAction } from '../../../ui/useAction';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';

const EMPTY = { description: '', departmentId: '', official: '', dueDate: '' };

export function ActionsEditor({ item, departments, editable, timeZone }: { item: AgendaItem; departments: Department[]; editable: boolean; timeZone: string }) {
  const repos = useRepositories();
  const action = useAction();
  const actions = item.actions ?? [];
  const [draft, setDraft] = useState(EMPTY);
  const [missing, setMissing] = useState<{ description?: string; dueDate?: string }>({});
  const save = (next: AgendaAction[]) => action.run(() => repos.agenda.saveActions(item.id, next));
  const departmentName = (id?: string) => departments.find((d) => d.id === id)?.name ?? '';

  const add = () => {
    const found: typeof missing = {};
    if (!draft.description.trim()) found.description = 'Describe the action.';
    if (draft.dueDate && !isCalendarDate(draft.dueDate)) found.dueDate = 'Enter a valid date.';
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    const entry: AgendaAction = {
      id: newId(),
      description: draft.description.trim(),
      done: false,
      ...(draft.departmentId ? { departmentId: draft.departmentId } : {}),
      ...(draft.official.trim() ? { official: draft.official.trim() } : {}),
      ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    };
    void save([...actions, entry]).then((ok) => ok && setDraft(EMPTY));
  };

  return (
    <Box component="section" aria-label="Actions">
      <Typography variant="h3" component="h3" gutterBottom>
        Actions
      </Typography>
      {actions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No actions recorded.
        </Typography>
      ) : (
        <Box component="ul" aria-label="Actions arising" sx={{ pl: 0, my: 0, listStyle: 'none' }}>
          {actions.map((a) => (
            <Box component="li" key={a.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Checkbox
                checked={a.done}
                disabled={!editable}
                slotProps={{ input: { 'aria-label': `Done: ${a.description}` } }}
                onChange={(e) => void save(actions.map((x) => (x.id === a.id ? { ...x, done: e.target.checked } : x)))}
              />
              <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {a.description}
                {a.departmentId || a.official ? ` — ${[departmentName(a.departmentId), a.official].filter(Boolean).join(', ')}` : ''}
                {a.dueDate ? ` (by ${formatDate(a.dueDate, timeZone)})` : ''}
              </span>
              {editable ? (
                <IconButton size="small" aria-label={`Remove the action ${a.description}`} onClick={() => void save(actions.filter((x) => x.id !== a.id))}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              ) : null}
            </Box>
          ))}
        </Box>
      )}
      {editable ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label="Action"
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
            error={!!missing.description}
            helperText={missing.description}
            sx={{ flex: '1 1 100%' }}
          />
          <DepartmentSelect
            size="small"
            departments={departments}
            value={draft.departmentId}
            onChange={(departmentId) => setDraft({ ...draft, departmentId })}
            sx={{ minWidth: 200 }}
          />
          <TextField size="small" label="Responsible official" value={draft.official} onChange={(e) => setDraft({ ...draft, official: e.target.value })} />
          <DateField
            size="small"
            label="Due date"
            value={draft.dueDate}
            onChange={(dueDate) => setDraft({ ...draft, dueDate })}
            error={!!missing.dueDate}
            helperText={missing.dueDate}
          />
          <Button variant="outlined" onClick={add} disabled={action.busy}>
            Add action
          </Button>
        </Box>
      ) : null}
      {action.error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {action.error}
        </Alert>
      ) : null}
    </Box>
  );
}
