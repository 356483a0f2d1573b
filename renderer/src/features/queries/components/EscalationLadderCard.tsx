/** The steps an overdue query climbs, each so many working days past its due date. */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ESCALATION_ROLE_LABELS, ESCALATION_ROLES, type EscalationRole } from '@shared/settings/query-settings';
import { SettingsCard } from '../../../ui/SettingsCard';
import type { QuerySettingsCardProps } from './query-settings-draft';

export function EscalationLadderCard({ draft, setDraft, errors, saveBar }: QuerySettingsCardProps) {
  return (
    <SettingsCard title="Escalation ladder">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        An overdue query climbs a step when it is this many working days past its due date. Each step is recorded on the query’s timeline.
      </Typography>
      <Stack spacing={1.5}>
        {draft.escalation.steps.map((step, i) => (
          <Stack key={i} direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
            <Typography sx={{ width: 60 }}>Step {i + 1}</Typography>
            <TextField
              select
              size="small"
              label="Escalate to"
              value={step.role}
              onChange={(event) =>
                setDraft((d) => ({
                  ...d,
                  escalation: {
                    ...d.escalation,
                    steps: d.escalation.steps.map((s, j) => (j === i ? { ...s, role: event.target.value as EscalationRole } : s)),
                  },
                }))
              }
              sx={{ minWidth: 240 }}
            >
              {ESCALATION_ROLES.map((role) => (
                <MenuItem key={role} value={role}>
                  {ESCALATION_ROLE_LABELS[role]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              type="number"
              label="Working days overdue"
              value={Number.isFinite(step.afterWorkingDays) ? step.afterWorkingDays : ''}
              onChange={(event) =>
                setDraft((d) => ({
                  ...d,
                  escalation: {
                    ...d.escalation,
                    steps: d.escalation.steps.map((s, j) =>
                      j === i ? { ...s, afterWorkingDays: event.target.value === '' ? Number.NaN : Number(event.target.value) } : s,
                    ),
                  },
                }))
              }
              error={!!errors[`escalation.steps.${i}.afterWorkingDays`]}
              helperText={errors[`escalation.steps.${i}.afterWorkingDays`]}
              slotProps={{ htmlInput: { min: 0, max: 365 } }}
              sx={{ width: 190 }}
            />
            <TextField
              size="small"
              label="Name (optional)"
              value={step.person ?? ''}
              onChange={(event) =>
                setDraft((d) => ({
                  ...d,
                  escalation: { ...d.escalation, steps: d.escalation.steps.map((s, j) => (j === i ? { ...s, person: event.target.value } : s)) },
                }))
              }
              helperText={step.role === 'municipal_manager' ? 'For example: Ms Nomsa Mahlangu' : 'Found from the query when empty'}
              sx={{ flex: 1 }}
            />
            <IconButton
              aria-label={`Remove step ${i + 1}`}
              onClick={() => setDraft((d) => ({ ...d, escalation: { ...d.escalation, steps: d.escalation.steps.filter((_, j) => j !== i) } }))}
            >
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Box>
          <Button
            startIcon={<AddIcon />}
            onClick={() =>
              setDraft((d) => ({ ...d, escalation: { ...d.escalation, steps: [...d.escalation.steps, { role: 'municipal_manager', afterWorkingDays: 10 }] } }))
            }
            disabled={draft.escalation.steps.length >= 10}
          >
            Add a step
          </Button>
        </Box>
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.escalation.informWardCouncillor}
              onChange={(event) => setDraft((d) => ({ ...d, escalation: { ...d.escalation, informWardCouncillor: event.target.checked } }))}
            />
          }
          label="Inform the ward councillor at each step"
        />
      </Stack>
      {saveBar}
    </SettingsCard>
  );
}
