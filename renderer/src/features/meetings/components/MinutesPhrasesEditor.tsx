/** Settings → Meetings: the standard phrases a secretary inserts while minuting. */
import AddIcon from '@mui/icons-material/Add';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { newId } from '@shared/domain/ids';
import type { Phrase } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { bindField } from '../../../ui/schema-resolver';
import { useAction } from '../../../ui/useAction';
import { PHRASES_MAX, phrasesResolver, type PhrasesValues } from './phrases-form';
import { saveSettingsForm } from './settings-save';
import { SettingsSaveBar } from './SettingsSaveBar';
import { GrowingTextField } from '../../../ui/GrowingTextField';

export function MinutesPhrasesEditor({ initial }: { initial: Phrase[] }) {
  const repos = useRepositories();
  const action = useAction();
  const form = useForm<PhrasesValues>({ resolver: phrasesResolver, defaultValues: { phrases: initial } });
  // What the next save is made over: the phrases the editor opened with, then what it last saved.
  // A change synced in meanwhile is merged with it, not written over.
  const shown = useRef(initial);
  const { control, formState } = form;
  const { fields, append, remove, swap } = useFieldArray({ control, name: 'phrases' });
  const errors = formState.errors.phrases;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        While minuting, the first nine phrases are inserted with Ctrl+Shift+1 to Ctrl+Shift+9, in this order.
      </Typography>
      <Stack spacing={2} component="ol" aria-label="Phrases" sx={{ pl: 3, m: 0 }}>
        {fields.map((row, index) => (
          <Box component="li" key={row.id}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
              <Controller
                name={`phrases.${index}.label`}
                control={control}
                render={({ field }) => (
                  <TextField
                    {...bindField(field)}
                    size="small"
                    label={`Phrase ${index + 1} name`}
                    error={!!errors?.[index]?.label}
                    helperText={errors?.[index]?.label?.message}
                    sx={{ width: { md: 220 } }}
                  />
                )}
              />
              <Controller
                name={`phrases.${index}.text`}
                control={control}
                render={({ field }) => (
                  <GrowingTextField
                    {...bindField(field)}
                    size="small"
                    label={`Phrase ${index + 1} wording`}
                    multiline
                    error={!!errors?.[index]?.text}
                    helperText={errors?.[index]?.text?.message}
                    sx={{ flex: 1 }}
                  />
                )}
              />
              <IconButton size="small" aria-label={`Move phrase ${index + 1} up`} disabled={index === 0} onClick={() => swap(index, index - 1)}>
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={`Remove phrase ${index + 1}`} onClick={() => remove(index)}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          </Box>
        ))}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        disabled={fields.length >= PHRASES_MAX}
        onClick={() => append({ id: newId(), label: '', text: '' }, { shouldFocus: true })}
        sx={{ mt: 1 }}
      >
        Add phrase
      </Button>
      <SettingsSaveBar
        label="Save phrases"
        action={action}
        onSave={() =>
          saveSettingsForm(form, action, async (checked) => {
            await repos.settings.saveArea('phrases', { phrases: checked.phrases }, { phrases: shown.current });
            shown.current = checked.phrases;
          })
        }
      />
    </Box>
  );
}
