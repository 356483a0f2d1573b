/** Once-off public holidays the President declares, and the year’s statutory ones for checking. */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatLongDate } from '@shared/domain/time';
import { publicHolidays } from '@shared/domain/working-days';
import { DateField } from '../../../ui/DateField';
import { SettingsCard } from '../../../ui/SettingsCard';
import type { QuerySettingsCardProps } from './query-settings-draft';

export function PublicHolidaysCard({ draft, setDraft, errors, saveBar, today }: QuerySettingsCardProps & { today: string }) {
  return (
    <SettingsCard title="Public holidays">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        The Public Holidays Act’s days are counted automatically, with the Monday after a holiday on a Sunday. Add days the President declares once, such as an
        election day.
      </Typography>
      <Stack spacing={1.5}>
        {draft.extraHolidays.map((holiday, i) => (
          <Stack key={i} direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <DateField
              size="small"
              label="Date"
              value={holiday.date}
              onChange={(date) => setDraft((d) => ({ ...d, extraHolidays: d.extraHolidays.map((h, j) => (j === i ? { ...h, date } : h)) }))}
              error={!!errors[`extraHolidays.${i}.date`]}
              helperText={errors[`extraHolidays.${i}.date`]}
            />
            <TextField
              size="small"
              label="Holiday"
              value={holiday.name}
              onChange={(event) =>
                setDraft((d) => ({ ...d, extraHolidays: d.extraHolidays.map((h, j) => (j === i ? { ...h, name: event.target.value } : h)) }))
              }
              error={!!errors[`extraHolidays.${i}.name`]}
              helperText={errors[`extraHolidays.${i}.name`]}
              sx={{ flex: 1 }}
            />
            <IconButton
              aria-label={`Remove ${holiday.name || 'this holiday'}`}
              onClick={() => setDraft((d) => ({ ...d, extraHolidays: d.extraHolidays.filter((_, j) => j !== i) }))}
            >
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
        <Box>
          <Button startIcon={<AddIcon />} onClick={() => setDraft((d) => ({ ...d, extraHolidays: [...d.extraHolidays, { date: today, name: '' }] }))}>
            Add a declared holiday
          </Button>
        </Box>
      </Stack>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        Public holidays in {today.slice(0, 4)}
      </Typography>
      <Box component="ul" aria-label={`Public holidays in ${today.slice(0, 4)}`} sx={{ columns: { md: 2 }, m: 0, pl: 3 }}>
        {publicHolidays(Number(today.slice(0, 4))).map((h) => (
          <li key={h.date}>
            <Typography variant="body2">
              {formatLongDate(h.date)}: {h.name}
            </Typography>
          </li>
        ))}
      </Box>
      {saveBar}
    </SettingsCard>
  );
}
