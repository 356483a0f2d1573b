/** Settings → Meetings: the agenda templates, each a list of items a new meeting's agenda starts from, edited, reordered and saved. */
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { newId } from '@shared/domain/ids';
import type { AgendaTemplate } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { bindField } from '../../../ui/schema-resolver';
import { useAction } from '../../../ui/useAction';
import { copyOfTemplate, TEMPLATES_MAX, templatesResolver, templatesSettings, templatesWithProblems, type TemplatesValues } from './agenda-templates-form';
import { saveSettingsForm } from './settings-save';
import { SettingsSaveBar } from './SettingsSaveBar';
import { TemplateItemsEditor } from './TemplateItemsEditor';

export function AgendaTemplatesEditor({ initial }: { initial: AgendaTemplate[] }) {
  const repos = useRepositories();
  const action = useAction();
  const form = useForm<TemplatesValues>({ resolver: templatesResolver, defaultValues: { templates: initial } });
  const { control, getValues, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'templates' });
  const templates = useWatch({ control, name: 'templates' });
  const [selectedId, setSelectedId] = useState(initial[0]?.id ?? '');
  // What the next save is made over: the templates the editor opened with, then what it last saved.
  // A change synced in meanwhile is merged with it, not written over.
  const shown = useRef(initial);
  const found = templates.findIndex((t) => t.id === selectedId);
  const index = found >= 0 ? found : 0;
  const template = templates[index];
  const row = fields[index];
  if (!template || !row) return null;
  // After a save with problems, the templates not shown that have some are named.
  const others = formState.submitCount > 0 ? templatesWithProblems({ templates }).filter((t) => t !== index) : [];
  const errors = formState.errors;
  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'flex-start' } }}>
        <TextField select label="Template" value={template.id} onChange={(e) => setSelectedId(e.target.value)} sx={{ minWidth: 240 }}>
          {templates.map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <Controller
          key={row.id}
          name={`templates.${index}.name`}
          control={control}
          render={({ field }) => (
            <TextField
              {...bindField(field)}
              label="Template name"
              error={!!errors.templates?.[index]?.name}
              helperText={errors.templates?.[index]?.name?.message}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Button
          startIcon={<AddIcon />}
          disabled={templates.length >= TEMPLATES_MAX}
          onClick={() => {
            const copy = copyOfTemplate(getValues(`templates.${index}`), newId());
            append(copy, { shouldFocus: false });
            setSelectedId(copy.id);
          }}
        >
          Copy template
        </Button>
        <Button color="error" disabled={templates.length <= 1} onClick={() => remove(index)}>
          Delete template
        </Button>
      </Stack>
      {others.map((t) => (
        <Alert key={templates[t]?.id ?? t} severity="error" sx={{ mb: 2 }}>
          {`The template “${templates[t]?.name.trim() || 'without a name'}” has problems too: choose it above to see them.`}
        </Alert>
      ))}
      <TemplateItemsEditor key={row.id} control={control} index={index} name={template.name} errors={errors} />
      <SettingsSaveBar
        label="Save templates"
        action={action}
        onSave={() =>
          saveSettingsForm(
            form,
            action,
            async (checked) => {
              const value = templatesSettings(checked);
              await repos.settings.saveArea('agendaTemplates', value, { templates: shown.current });
              shown.current = value.templates;
            },
            // The problems of the template shown are beside its fields; otherwise show the first with some.
            () => {
              const withProblems = templatesWithProblems(getValues());
              if (withProblems.length > 0 && !withProblems.includes(index)) setSelectedId(getValues(`templates.${withProblems[0]!}.id`));
            },
          )
        }
      />
    </Box>
  );
}
