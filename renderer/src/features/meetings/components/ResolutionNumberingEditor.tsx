/** Settings → Meetings: how resolutions are numbered, checked as it is typed so that numbers stay unique. */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { ResolutionNumberingSettings } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { bindField } from '../../../ui/schema-resolver';
import { useAction } from '../../../ui/useAction';
import { numberingExample, numberingResolver, numberingSettings, numberingValues, type NumberingValues } from './resolution-numbering-form';
import { saveSettingsForm } from './settings-save';
import { SettingsSaveBar } from './SettingsSaveBar';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function ResolutionNumberingEditor({ initial }: { initial: ResolutionNumberingSettings }) {
  const repos = useRepositories();
  const action = useAction();
  // What the next save is made over: the format the editor opened with, then what it last saved.
  // A change synced in meanwhile is merged with it, not written over.
  const shown = useRef(initial);
  // Checked on every change: the format's problem is said while it is typed, as before a save.
  const form = useForm<NumberingValues>({ resolver: numberingResolver, defaultValues: numberingValues(initial), mode: 'onChange' });
  const { control, formState } = form;
  const values = useWatch({ control }) as NumberingValues;
  const preview = numberingExample(values);
  const errors = formState.errors;
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Controller
        name="format"
        control={control}
        render={({ field }) => (
          <TextField
            {...bindField(field)}
            label="Number format"
            error={!!errors.format}
            helperText={errors.format?.message ?? 'Parts: {body} {seq} {meeting} {n} {item} {year} {fy}; a width pads with zeros, as in {seq:3}'}
          />
        )}
      />
      <Stack direction="row" spacing={2}>
        <Controller
          name="blockSize"
          control={control}
          render={({ field }) => (
            <TextField
              {...bindField(field)}
              label="Numbers reserved per meeting"
              error={!!errors.blockSize}
              helperText={errors.blockSize?.message ?? 'Each meeting numbers within its own block, so offline laptops never collide'}
              sx={{ flex: 1 }}
            />
          )}
        />
        <Controller
          name="financialYearStartMonth"
          control={control}
          render={({ field }) => (
            <TextField
              {...bindField(field)}
              select
              label="Financial year starts"
              error={!!errors.financialYearStartMonth}
              helperText={errors.financialYearStartMonth?.message}
              sx={{ width: 200 }}
            >
              {MONTHS.map((m, i) => (
                <MenuItem key={m} value={String(i + 1)}>
                  {m}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Stack>
      {preview ? <Typography role="status">Example (Council, meetings 1 and 2): {preview}</Typography> : null}
      <SettingsSaveBar
        label="Save number format"
        action={action}
        onSave={() =>
          saveSettingsForm(form, action, async (checked) => {
            const value = numberingSettings(checked);
            await repos.settings.saveArea('resolutionNumbering', value, shown.current);
            shown.current = value;
          })
        }
      />
    </Stack>
  );
}
