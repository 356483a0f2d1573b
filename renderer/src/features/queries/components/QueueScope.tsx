/** Whose queue is listed: the department chosen for a department's queue, or the official for My queries. */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { QueueKind } from '@shared/domain/query-queues';
import type { Department } from '@shared/settings/areas';

export function QueueScope({
  queue,
  departmentId,
  departments,
  onSelectDepartment,
  officialId,
  officialName,
}: {
  queue: QueueKind;
  departmentId: string;
  departments: Department[];
  onSelectDepartment: (id: string) => void;
  /** The official this laptop's person is (Settings → General), if chosen. */
  officialId: string | undefined;
  officialName: string | undefined;
}) {
  return (
    <>
      {queue === 'department' ? (
        <TextField
          select
          size="small"
          label="Queue of department"
          value={departmentId}
          onChange={(event) => onSelectDepartment(event.target.value)}
          sx={{ minWidth: 280, mb: 2 }}
        >
          {departments.map((d) => (
            <MenuItem key={d.id} value={d.id}>
              {d.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {queue === 'mine' ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {officialId
            ? `Open queries whose responsible officer is ${officialName ?? 'the official chosen in Settings'} (you, as chosen in Settings → General).`
            : 'Say which official you are in Settings → General (“You”), and the open queries assigned to you are listed here.'}
        </Typography>
      ) : null}
    </>
  );
}
