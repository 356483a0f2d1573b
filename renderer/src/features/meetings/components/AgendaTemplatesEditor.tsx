/** Settings → Meetings: the agenda templates, each a list of items a new meeting's agenda starts from, edited, reordered and saved. */
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { newId } from '@shared/domain/ids';
import { AGENDA_ITEM_KIND_LABELS, AGENDA_ITEM_KINDS, type AgendaItemKind } from '@shared/schemas/vocabulary';
import type { AgendaTemplate } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { useAction } from '../../../ui/useAction';
import { moveInList } from './list-move';
import { SettingsSaveBar } from './SettingsSaveBar';

export function AgendaTemplatesEditor({ initial }: { initial: AgendaTemplate[] }) {
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
                onClick={() => update({ ...template, items: moveInList(template.items, index, -1) })}
              >
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton
                size="small"
                aria-label={`Move item ${index + 1} down`}
                disabled={index === template.items.length - 1}
                onClick={() => update({ ...template, items: moveInList(template.items, index, 1) })}
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
      <SettingsSaveBar label="Save templates" action={action} onSave={() => action.run(() => repos.settings.saveArea('agendaTemplates', { templates }))} />
    </Box>
  );
}
