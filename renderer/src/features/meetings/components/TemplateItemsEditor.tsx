/** The items of one agenda template, in order: each item's title, type and place, in the templates' form. */
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
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form';
import { AGENDA_ITEM_KIND_LABELS, AGENDA_ITEM_KINDS } from '@shared/schemas/vocabulary';
import { bindField } from '../../../ui/schema-resolver';
import { TEMPLATE_ITEMS_MAX, type TemplatesValues } from './agenda-templates-form';

export function TemplateItemsEditor({
  control,
  index,
  name,
  errors,
}: {
  control: Control<TemplatesValues>;
  /** The template's place in the form (the editor is keyed by the template, so it never changes). */
  index: number;
  name: string;
  errors: FieldErrors<TemplatesValues>;
}) {
  const { fields, append, remove, swap } = useFieldArray({ control, name: `templates.${index}.items` });
  const itemErrors = errors.templates?.[index]?.items;
  return (
    <>
      <Box component="ol" aria-label={`Items of the template ${name}`} sx={{ pl: 3, m: 0 }}>
        {fields.map((row, i) => (
          <Box component="li" key={row.id} sx={{ mb: 1 }}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' } }}>
              <Controller
                name={`templates.${index}.items.${i}.title`}
                control={control}
                render={({ field }) => (
                  <TextField
                    {...bindField(field)}
                    size="small"
                    label={`Item ${i + 1} title`}
                    error={!!itemErrors?.[i]?.title}
                    helperText={itemErrors?.[i]?.title?.message}
                    sx={{ flex: 1 }}
                  />
                )}
              />
              <Controller
                name={`templates.${index}.items.${i}.kind`}
                control={control}
                render={({ field }) => (
                  <TextField
                    {...bindField(field)}
                    select
                    size="small"
                    label={`Item ${i + 1} type`}
                    error={!!itemErrors?.[i]?.kind}
                    helperText={itemErrors?.[i]?.kind?.message}
                    sx={{ minWidth: 220 }}
                  >
                    {AGENDA_ITEM_KINDS.map((k) => (
                      <MenuItem key={k} value={k}>
                        {AGENDA_ITEM_KIND_LABELS[k]}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
              <Controller
                name={`templates.${index}.items.${i}.inCommittee`}
                control={control}
                render={({ field }) => (
                  <FormControlLabel
                    control={
                      <Checkbox name={field.name} checked={field.value ?? false} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} />
                    }
                    label="In committee"
                  />
                )}
              />
              <IconButton size="small" aria-label={`Move item ${i + 1} up`} disabled={i === 0} onClick={() => swap(i, i - 1)}>
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={`Move item ${i + 1} down`} disabled={i === fields.length - 1} onClick={() => swap(i, i + 1)}>
                <ArrowDownwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={`Remove item ${i + 1}`} onClick={() => remove(i)}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          </Box>
        ))}
      </Box>
      <Button startIcon={<AddIcon />} disabled={fields.length >= TEMPLATE_ITEMS_MAX} onClick={() => append({ title: '', kind: 'general' })}>
        Add template item
      </Button>
    </>
  );
}
