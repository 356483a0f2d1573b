/**
 * Actions arising from an item: what is to be done, by which department and official (chosen from
 * the officials, never typed), by when. A name typed before officials were people, that matched no
 * official, is shown as typed.
 */
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatDate } from '@shared/domain/time';
import type { AgendaItem } from '@shared/schemas';
import type { AgendaAction } from '@shared/schemas/agenda-item';
import type { Department } from '@shared/settings/areas';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { useAction } from '../../../ui/useAction';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import { useMembers } from '../../bodies/hooks';
import { OfficialSelect } from '../../bodies/components/OfficialSelect';
import { ACTION_MAX, actionEntry, actionResolver, EMPTY_ACTION, type ActionValues } from './minutes-entry-form';
import { clearSaved } from '../../../ui/clear-saved';

export function ActionsEditor({ item, departments, editable, timeZone }: { item: AgendaItem; departments: Department[]; editable: boolean; timeZone: string }) {
  const repos = useRepositories();
  const action = useAction();
  const actions = item.actions ?? [];
  const { control, handleSubmit, getValues, resetField, formState } = useForm<ActionValues>({ resolver: actionResolver, defaultValues: EMPTY_ACTION });
  const errors = formState.errors;
  const members = useMembers().data ?? [];
  const departmentId = useWatch({ control, name: 'departmentId' });
  const officialLabel = (a: AgendaAction) => (a.official ? (a.officialId === '' ? `${a.official} (as typed)` : a.official) : '');
  // Saved over the list shown: an action synced in meanwhile is merged in, not written over.
  const save = (next: AgendaAction[]) => action.run(() => repos.agenda.saveActions(item.id, next, { seen: { actions: item.actions } }));
  const departmentName = (id?: string) => departments.find((d) => d.id === id)?.name ?? '';

  const add = handleSubmit(async (values) => {
    if (!(await save([...actions, actionEntry(values)]))) return;
    // Clear only what was saved: a field changed while the save ran keeps what was typed.
    clearSaved(values, ['description', 'departmentId', 'officialId', 'dueDate'], getValues, resetField);
  });

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
                {a.departmentId || a.official ? ` — ${[departmentName(a.departmentId), officialLabel(a)].filter(Boolean).join(', ')}` : ''}
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
          <Controller
            name="description"
            control={control}
            render={({ field }) => (
              <LimitedTextField
                size="small"
                label="Action"
                {...bindField(field)}
                maxLength={ACTION_MAX}
                error={!!errors.description}
                helperText={errors.description?.message}
                sx={{ flex: '1 1 100%' }}
              />
            )}
          />
          <Controller
            name="departmentId"
            control={control}
            render={({ field }) => (
              <DepartmentSelect size="small" departments={departments} value={field.value} onChange={field.onChange} sx={{ minWidth: 200 }} />
            )}
          />
          <Controller
            name="officialId"
            control={control}
            render={({ field }) => (
              <OfficialSelect
                size="small"
                {...bindField(field)}
                label="Responsible official"
                emptyLabel="None"
                members={members}
                departments={departments}
                departmentId={departmentId}
                error={!!errors.officialId}
                helperText={errors.officialId?.message}
                sx={{ minWidth: 240 }}
              />
            )}
          />
          <Controller
            name="dueDate"
            control={control}
            render={({ field }) => (
              <DateField size="small" label="Due date" {...bindField(field)} error={!!errors.dueDate} helperText={errors.dueDate?.message} />
            )}
          />
          <Button variant="outlined" onClick={() => void add()} disabled={action.busy}>
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
