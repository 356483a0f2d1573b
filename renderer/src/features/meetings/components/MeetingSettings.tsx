/**
 * Settings → Meetings: the standard agenda templates new meetings start from, the phrase library
 * used while minuting, and the format of resolution numbers (checked so numbers stay unique).
 */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { newId } from '@shared/domain/ids';
import { checkResolutionFormat, formatResolutionNumber } from '@shared/domain/resolution-numbers';
import { AGENDA_ITEM_KIND_LABELS, AGENDA_ITEM_KINDS, type AgendaItemKind } from '@shared/schemas/vocabulary';
import type { AgendaTemplate, Phrase, ResolutionNumberingSettings } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { LiveView } from '../../../ui/LoadState';
import { SettingsCard } from '../../../ui/SettingsCard';
import { useAction } from '../../../ui/useAction';
import { useSettingsAreaLive } from '../../settings/hooks';

function move<T>(list: T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const target = index + by;
  if (target < 0 || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

function SaveBar({ label, action, onSave }: { label: string; action: ReturnType<typeof useAction>; onSave: () => Promise<boolean> }) {
  const [saved, setSaved] = useState(false);
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
      {saved ? <Alert severity="success">Saved.</Alert> : null}
      <div>
        <Button
          variant="contained"
          disabled={action.busy}
          onClick={() => {
            setSaved(false);
            void onSave().then(setSaved);
          }}
        >
          {label}
        </Button>
      </div>
    </Stack>
  );
}

function TemplatesEditor({ initial }: { initial: AgendaTemplate[] }) {
  const repos = useRepositories();
  const action = useAction();
  const [templates, setTemplates] = useState(initial);
  const [selectedId, setSelectedId] = useState(initial[0]?.id ?? '');
  const template = templates.find((t) => t.id === selectedId) ?? templates[0];
  const update = (next: AgendaTemplate) => setTemplates(templates.map((t) => (t.id === next.id ? next : t)));
  if (!template) return null;
  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField select label="Template" value={template.id} onChange={(e) => setSelectedId(e.target.value)} sx={{ minWidth: 240 }}>
          {templates.map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField label="Template name" value={template.name} onChange={(e) => update({ ...template, name: e.target.value })} sx={{ flex: 1 }} />
        <Button
          startIcon={<AddIcon />}
          onClick={() => {
            const copy = { ...structuredClone(template), id: newId(), name: `Copy of ${template.name}` };
            setTemplates([...templates, copy]);
            setSelectedId(copy.id);
          }}
        >
          Copy template
        </Button>
        <Button color="error" disabled={templates.length <= 1} onClick={() => setTemplates(templates.filter((t) => t.id !== template.id))}>
          Delete template
        </Button>
      </Stack>
      <Box component="ol" aria-label={`Items of the template ${template.name}`} sx={{ pl: 3, m: 0 }}>
        {template.items.map((item, index) => (
          <Box component="li" key={index} sx={{ mb: 1 }}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' } }}>
              <TextField
                size="small"
                label={`Item ${index + 1} title`}
                value={item.title}
                onChange={(e) => update({ ...template, items: template.items.map((x, i) => (i === index ? { ...x, title: e.target.value } : x)) })}
                sx={{ flex: 1 }}
              />
              <TextField
                select
                size="small"
                label={`Item ${index + 1} type`}
                value={item.kind}
                onChange={(e) =>
                  update({ ...template, items: template.items.map((x, i) => (i === index ? { ...x, kind: e.target.value as AgendaItemKind } : x)) })
                }
                sx={{ minWidth: 220 }}
              >
                {AGENDA_ITEM_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    {AGENDA_ITEM_KIND_LABELS[k]}
                  </MenuItem>
                ))}
              </TextField>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={item.inCommittee ?? false}
                    onChange={(e) => update({ ...template, items: template.items.map((x, i) => (i === index ? { ...x, inCommittee: e.target.checked } : x)) })}
                  />
                }
                label="In committee"
              />
              <IconButton
                size="small"
                aria-label={`Move item ${index + 1} up`}
                disabled={index === 0}
                onClick={() => update({ ...template, items: move(template.items, index, -1) })}
              >
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={`Move item ${index + 1} down`}
                disabled={index === template.items.length - 1}
                onClick={() => update({ ...template, items: move(template.items, index, 1) })}
              >
                <ArrowDownwardIcon fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={`Remove item ${index + 1}`}
                onClick={() => update({ ...template, items: template.items.filter((_x, i) => i !== index) })}
              >
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          </Box>
        ))}
      </Box>
      <Button startIcon={<AddIcon />} onClick={() => update({ ...template, items: [...template.items, { title: '', kind: 'general' }] })}>
        Add template item
      </Button>
      <SaveBar label="Save templates" action={action} onSave={() => action.run(() => repos.settings.saveArea('agendaTemplates', { templates }))} />
    </Box>
  );
}

function PhrasesEditor({ initial }: { initial: Phrase[] }) {
  const repos = useRepositories();
  const action = useAction();
  const [phrases, setPhrases] = useState(initial);
  const set = (index: number, change: Partial<Phrase>) => setPhrases(phrases.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        While minuting, the first nine phrases are inserted with Ctrl+Shift+1 to Ctrl+Shift+9, in this order.
      </Typography>
      <Stack spacing={2} component="ol" aria-label="Phrases" sx={{ pl: 3, m: 0 }}>
        {phrases.map((phrase, index) => (
          <Box component="li" key={phrase.id}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
              <TextField
                size="small"
                label={`Phrase ${index + 1} name`}
                value={phrase.label}
                onChange={(e) => set(index, { label: e.target.value })}
                sx={{ width: { md: 220 } }}
              />
              <TextField
                size="small"
                label={`Phrase ${index + 1} wording`}
                value={phrase.text}
                onChange={(e) => set(index, { text: e.target.value })}
                multiline
                sx={{ flex: 1 }}
              />
              <IconButton size="small" aria-label={`Move phrase ${index + 1} up`} disabled={index === 0} onClick={() => setPhrases(move(phrases, index, -1))}>
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={`Remove phrase ${index + 1}`} onClick={() => setPhrases(phrases.filter((_p, i) => i !== index))}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          </Box>
        ))}
      </Stack>
      <Button startIcon={<AddIcon />} onClick={() => setPhrases([...phrases, { id: newId(), label: '', text: '' }])} sx={{ mt: 1 }}>
        Add phrase
      </Button>
      <SaveBar label="Save phrases" action={action} onSave={() => action.run(() => repos.settings.saveArea('phrases', { phrases }))} />
    </Box>
  );
}

function NumberingEditor({ initial }: { initial: ResolutionNumberingSettings }) {
  const repos = useRepositories();
  const action = useAction();
  const [values, setValues] = useState({
    format: initial.format,
    blockSize: String(initial.blockSize),
    financialYearStartMonth: String(initial.financialYearStartMonth),
  });
  const formatError = checkResolutionFormat(values.format);
  const blockSize = Number(values.blockSize);
  const blockError = Number.isInteger(blockSize) && blockSize >= 10 && blockSize <= 1000 ? null : 'A whole number from 10 to 1000.';
  let preview = '';
  if (!formatError && !blockError) {
    preview = [1, 2]
      .flatMap((meeting) =>
        [1, 2].map((ordinal) =>
          formatResolutionNumber(values.format, {
            bodyCode: 'C',
            meetingSequence: meeting,
            ordinal,
            itemNumber: '7.2',
            date: '2026-11-26',
            blockSize,
            financialYearStartMonth: Number(values.financialYearStartMonth),
          }),
        ),
      )
      .join(', ');
  }
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <TextField
        label="Number format"
        value={values.format}
        onChange={(e) => setValues({ ...values, format: e.target.value })}
        error={!!formatError}
        helperText={formatError ?? 'Parts: {body} {seq} {meeting} {n} {item} {year} {fy}; a width pads with zeros, as in {seq:3}'}
      />
      <Stack direction="row" spacing={2}>
        <TextField
          label="Numbers reserved per meeting"
          value={values.blockSize}
          onChange={(e) => setValues({ ...values, blockSize: e.target.value })}
          error={!!blockError}
          helperText={blockError ?? 'Each meeting numbers within its own block, so offline laptops never collide'}
          sx={{ flex: 1 }}
        />
        <TextField
          select
          label="Financial year starts"
          value={values.financialYearStartMonth}
          onChange={(e) => setValues({ ...values, financialYearStartMonth: e.target.value })}
          sx={{ width: 200 }}
        >
          {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m, i) => (
            <MenuItem key={m} value={String(i + 1)}>
              {m}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {preview ? <Typography role="status">Example (Council, meetings 1 and 2): {preview}</Typography> : null}
      <SaveBar
        label="Save number format"
        action={action}
        onSave={() =>
          formatError || blockError
            ? Promise.resolve(false)
            : action.run(() =>
                repos.settings.saveArea('resolutionNumbering', {
                  format: values.format,
                  blockSize,
                  financialYearStartMonth: Number(values.financialYearStartMonth),
                }),
              )
        }
      />
    </Stack>
  );
}

export function MeetingSettings() {
  const templates = useSettingsAreaLive('agendaTemplates');
  const phrases = useSettingsAreaLive('phrases');
  const numbering = useSettingsAreaLive('resolutionNumbering');
  return (
    <Stack spacing={3}>
      <SettingsCard title="Agenda templates">
        <LiveView live={templates}>{(value) => <TemplatesEditor initial={value.templates} />}</LiveView>
      </SettingsCard>
      <SettingsCard title="Phrase library">
        <LiveView live={phrases}>{(value) => <PhrasesEditor initial={value.phrases} />}</LiveView>
      </SettingsCard>
      <SettingsCard title="Resolution numbers">
        <LiveView live={numbering}>{(value) => <NumberingEditor initial={value} />}</LiveView>
      </SettingsCard>
    </Stack>
  );
}
