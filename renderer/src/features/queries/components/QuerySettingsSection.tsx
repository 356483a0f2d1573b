/**
 * Settings → Queries: the service standards (working days to acknowledge and to resolve, per
 * category and priority), the escalation ladder, once-off public holidays, and this laptop's
 * reference code. The national public holidays of the year are listed for checking.
 */
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { formatLongDate } from '@shared/domain/time';
import { publicHolidays } from '@shared/domain/working-days';
import { QUERY_PRIORITIES, QUERY_PRIORITY_LABELS, type QueryPriority } from '@shared/schemas/vocabulary';
import {
  ESCALATION_ROLE_LABELS,
  ESCALATION_ROLES,
  type EscalationRole,
  type QueryCategoryStandard,
  type QuerySettings,
} from '@shared/settings/query-settings';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { DateField } from '../../../ui/DateField';
import { LiveView } from '../../../ui/LoadState';
import { SettingsCard } from '../../../ui/SettingsCard';
import { errorMessage } from '../../../ui/form-errors';
import { useDeviceReferenceCode, useQuerySettings, useToday } from '../hooks';
import { useTimeZone } from '../../settings/hooks';

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

function wholeDays(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 365;
}

/** Problems the form finds before the schema does: empty or fractional numbers, repeated categories. */
function localProblems(draft: QuerySettings): Record<string, string> {
  const problems: Record<string, string> = {};
  const names = new Set<string>();
  draft.categories.forEach((c, i) => {
    const name = c.name.trim().toLowerCase();
    if (names.has(name)) problems[`categories.${i}.name`] = 'This category is already in the list.';
    names.add(name);
    for (const p of QUERY_PRIORITIES) {
      if (!wholeDays(c.acknowledgeDays[p])) problems[`categories.${i}.acknowledgeDays.${p}`] = 'Enter whole working days from 0 to 365.';
      if (!wholeDays(c.resolveDays[p])) problems[`categories.${i}.resolveDays.${p}`] = 'Enter whole working days from 0 to 365.';
      if (wholeDays(c.resolveDays[p]) && c.resolveDays[p] < c.acknowledgeDays[p]) {
        problems[`categories.${i}.resolveDays.${p}`] = 'A query cannot be resolved before it is acknowledged.';
      }
    }
  });
  if (!wholeDays(draft.fallback.acknowledgeDays)) problems['fallback.acknowledgeDays'] = 'Enter whole working days from 0 to 365.';
  if (!wholeDays(draft.fallback.resolveDays)) problems['fallback.resolveDays'] = 'Enter whole working days from 0 to 365.';
  draft.escalation.steps.forEach((step, i) => {
    if (!wholeDays(step.afterWorkingDays)) problems[`escalation.steps.${i}.afterWorkingDays`] = 'Enter whole working days from 0 to 365.';
  });
  return problems;
}

function StandardsForm({ current }: { current: QuerySettings }) {
  const repos = useRepositories();
  const timeZone = useTimeZone();
  const today = useToday(timeZone);
  const [draft, setDraft] = useState<QuerySettings>(current);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const setCategory = (index: number, change: Partial<QueryCategoryStandard>) =>
    setDraft((d) => ({ ...d, categories: d.categories.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  const setDays = (index: number, which: 'acknowledgeDays' | 'resolveDays', priority: QueryPriority, value: number) =>
    setDraft((d) => ({
      ...d,
      categories: d.categories.map((c, i) => (i === index ? { ...c, [which]: { ...c[which], [priority]: value } } : c)),
    }));

  const save = async () => {
    setMessage(null);
    const problems = localProblems(draft);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setMessage({ severity: 'error', text: 'Correct the fields marked in red.' });
      return;
    }
    try {
      await repos.settings.saveArea('queries', {
        ...draft,
        categories: draft.categories.map((c) => ({ ...c, name: c.name.trim() })),
        escalation: { ...draft.escalation, steps: draft.escalation.steps.map((s) => (s.person?.trim() ? { ...s, person: s.person.trim() } : { role: s.role, afterWorkingDays: s.afterWorkingDays })) },
      });
      setMessage({ severity: 'success', text: 'Query settings saved. New queries follow them; queries already logged keep their due dates.' });
    } catch (error) {
      if (error instanceof RecordValidationError) {
        const fields = Object.fromEntries(Object.entries(error.fieldErrors).map(([path, text]) => [path.replace(/^value\./, ''), text]));
        setErrors(fields);
        setMessage({ severity: 'error', text: Object.values(fields)[0] ?? 'The settings were not saved.' });
      } else setMessage({ severity: 'error', text: `The settings were not saved: ${errorMessage(error)}` });
    }
  };

  const saveBar = (
    <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
      <Button variant="contained" onClick={() => void save()}>
        Save query settings
      </Button>
    </Stack>
  );

  return (
    <Stack spacing={3}>
      {message ? (
        <Alert severity={message.severity} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      <SettingsCard title="Service standards">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Working days to acknowledge / to resolve, per category and priority. Weekends and public holidays are not counted, and the clock stops
          while a query waits for the stakeholder.
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
                <TableCell>
                  Remove
                </TableCell>
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
                    <Checkbox checked={c.fieldWork} onChange={(event) => setCategory(i, { fieldWork: event.target.checked })} slotProps={{ input: { 'aria-label': `${c.name}: field work` } }} />
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
                  { name: '', fieldWork: false, acknowledgeDays: { low: 5, normal: 5, high: 3, urgent: 1 }, resolveDays: { low: 15, normal: 10, high: 5, urgent: 2 } },
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
                  setDraft((d) => ({ ...d, escalation: { ...d.escalation, steps: d.escalation.steps.map((s, j) => (j === i ? { ...s, role: event.target.value as EscalationRole } : s)) } }))
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
                      steps: d.escalation.steps.map((s, j) => (j === i ? { ...s, afterWorkingDays: event.target.value === '' ? Number.NaN : Number(event.target.value) } : s)),
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
                  setDraft((d) => ({ ...d, escalation: { ...d.escalation, steps: d.escalation.steps.map((s, j) => (j === i ? { ...s, person: event.target.value } : s)) } }))
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
              onClick={() => setDraft((d) => ({ ...d, escalation: { ...d.escalation, steps: [...d.escalation.steps, { role: 'municipal_manager', afterWorkingDays: 10 }] } }))}
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

      <SettingsCard title="Public holidays">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          The Public Holidays Act’s days are counted automatically, with the Monday after a holiday on a Sunday. Add days the President
          declares once, such as an election day.
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
                onChange={(event) => setDraft((d) => ({ ...d, extraHolidays: d.extraHolidays.map((h, j) => (j === i ? { ...h, name: event.target.value } : h)) }))}
                error={!!errors[`extraHolidays.${i}.name`]}
                helperText={errors[`extraHolidays.${i}.name`]}
                sx={{ flex: 1 }}
              />
              <IconButton aria-label={`Remove ${holiday.name || 'this holiday'}`} onClick={() => setDraft((d) => ({ ...d, extraHolidays: d.extraHolidays.filter((_, j) => j !== i) }))}>
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
    </Stack>
  );
}

function ReferenceCode() {
  const repos = useRepositories();
  const code = useDeviceReferenceCode();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    // A laptop takes its code the first time it needs one; Settings shows it at once.
    repos.queries.ensureReferenceCode().catch((e: unknown) => setError(errorMessage(e)));
  }, [repos]);

  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      await repos.queries.setReferenceCode(typed);
      setTyped('');
      setSaved(true);
    } catch (e) {
      setError(e instanceof RecordValidationError ? (Object.values(e.fieldErrors)[0] ?? e.message) : errorMessage(e));
    }
  };

  return (
    <SettingsCard title="This laptop’s reference code">
      <Typography variant="body2" sx={{ mb: 2 }}>
        References logged on this laptop end in <strong aria-label="Reference code">{code.data ?? '…'}</strong>, as in Q-2026-0412-{code.data ?? 'K7'}. Every
        laptop has its own code, so references made offline never collide; IT may assign codes so that no two laptops share one.
      </Typography>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label="New reference code"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            error={!!error}
            helperText={error ?? (saved ? 'Saved.' : '2 or 3 characters; no 0, 1, I, L or O')}
            slotProps={{ htmlInput: { maxLength: 3, style: { textTransform: 'uppercase' } } }}
          />
          <Button type="submit" variant="outlined">
            Change code
          </Button>
        </Stack>
      </form>
    </SettingsCard>
  );
}

export function QuerySettingsSection() {
  const settings = useQuerySettings();
  return (
    <Stack spacing={3}>
      <LiveView live={settings}>{(current) => <StandardsForm current={current} />}</LiveView>
      <ReferenceCode />
    </Stack>
  );
}
