/** Working days to acknowledge and to resolve a query, per category and priority, and for any other category. */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { QUERY_PRIORITIES, QUERY_PRIORITY_LABELS, type QueryPriority } from '@shared/schemas/vocabulary';
import type { QueryCategoryStandard } from '@shared/settings/query-settings';
import { SettingsCard } from '../../../ui/SettingsCard';
import type { QuerySettingsCardProps } from './query-settings-draft';

function DaysField({ label, value, onChange, error }: { label: string; value: number; onChange: (n: number) => void; error?: string | undefined }) {
  return (
    <TextField
      size="small"
      type="number"
      value={Number.isFinite(value) ? value : ''}
      onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
      error={!!error}
      title={error}
      slotProps={{ htmlInput: { min: 0, max: 365, step: 1, 'aria-label': label } }}
      sx={{ width: 68, '& input': { px: 1 } }}
    />
  );
}

export function ServiceStandardsCard({ draft, setDraft, errors, saveBar }: QuerySettingsCardProps) {
  const setCategory = (index: number, change: Partial<QueryCategoryStandard>) =>
    setDraft((d) => ({ ...d, categories: d.categories.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  const setDays = (index: number, which: 'acknowledgeDays' | 'resolveDays', priority: QueryPriority, value: number) =>
    setDraft((d) => ({
      ...d,
      categories: d.categories.map((c, i) => (i === index ? { ...c, [which]: { ...c[which], [priority]: value } } : c)),
    }));

  return (
    <SettingsCard title="Service standards">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Working days to acknowledge / to resolve, per category and priority. Weekends and public holidays are not counted, and the clock stops while a query
        waits for the stakeholder.
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Service standards">
          <TableHead>
            <TableRow>
              <TableCell>Category</TableCell>
              <TableCell>Field work</TableCell>
              {QUERY_PRIORITIES.map((p) => (
                <TableCell key={p} align="center">
                  {QUERY_PRIORITY_LABELS[p]}
                  <br />
                  <Typography variant="caption" color="text.secondary">
                    acknowledge · resolve
                  </Typography>
                </TableCell>
              ))}
              <TableCell>Remove</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {draft.categories.map((c, i) => (
              <TableRow key={i}>
                <TableCell sx={{ minWidth: 180 }}>
                  <TextField
                    size="small"
                    value={c.name}
                    onChange={(event) => setCategory(i, { name: event.target.value })}
                    error={!!errors[`categories.${i}.name`]}
                    helperText={errors[`categories.${i}.name`]}
                    slotProps={{ htmlInput: { 'aria-label': `Category ${i + 1}` } }}
                    sx={{ minWidth: 210 }}
                    fullWidth
                  />
                </TableCell>
                <TableCell>
                  <Checkbox
                    checked={c.fieldWork}
                    onChange={(event) => setCategory(i, { fieldWork: event.target.checked })}
                    slotProps={{ input: { 'aria-label': `${c.name}: field work` } }}
                  />
                </TableCell>
                {QUERY_PRIORITIES.map((p) => (
                  <TableCell key={p} align="center" sx={{ whiteSpace: 'nowrap' }}>
                    <DaysField
                      label={`${c.name}, ${p} priority: working days to acknowledge`}
                      value={c.acknowledgeDays[p]}
                      onChange={(n) => setDays(i, 'acknowledgeDays', p, n)}
                      error={errors[`categories.${i}.acknowledgeDays.${p}`]}
                    />{' '}
                    <DaysField
                      label={`${c.name}, ${p} priority: working days to resolve`}
                      value={c.resolveDays[p]}
                      onChange={(n) => setDays(i, 'resolveDays', p, n)}
                      error={errors[`categories.${i}.resolveDays.${p}`]}
                    />
                  </TableCell>
                ))}
                <TableCell>
                  <IconButton
                    aria-label={`Remove ${c.name || 'this category'}`}
                    onClick={() => setDraft((d) => ({ ...d, categories: d.categories.filter((_, j) => j !== i) }))}
                    disabled={draft.categories.length <= 1}
                  >
                    <DeleteIcon />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {Object.entries(errors)
        .filter(([path]) => path.startsWith('categories.') && !path.endsWith('.name'))
        .slice(0, 1)
        .map(([path, text]) => (
          <Alert key={path} severity="error" sx={{ mt: 1 }}>
            {text}
          </Alert>
        ))}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 2, alignItems: { sm: 'center' } }}>
        <Button
          startIcon={<AddIcon />}
          onClick={() =>
            setDraft((d) => ({
              ...d,
              categories: [
                ...d.categories,
                {
                  name: '',
                  fieldWork: false,
                  acknowledgeDays: { low: 5, normal: 5, high: 3, urgent: 1 },
                  resolveDays: { low: 15, normal: 10, high: 5, urgent: 2 },
                },
              ],
            }))
          }
        >
          Add a category
        </Button>
        <Typography variant="body2">Any other category:</Typography>
        <DaysField
          label="Other categories: working days to acknowledge"
          value={draft.fallback.acknowledgeDays}
          onChange={(n) => setDraft((d) => ({ ...d, fallback: { ...d.fallback, acknowledgeDays: n } }))}
          error={errors['fallback.acknowledgeDays']}
        />
        <DaysField
          label="Other categories: working days to resolve"
          value={draft.fallback.resolveDays}
          onChange={(n) => setDraft((d) => ({ ...d, fallback: { ...d.fallback, resolveDays: n } }))}
          error={errors['fallback.resolveDays']}
        />
      </Stack>
      {saveBar}
    </SettingsCard>
  );
}
