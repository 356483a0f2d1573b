/** Settings → Meetings: how resolutions are numbered, checked so that numbers stay unique. */
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { checkResolutionFormat, formatResolutionNumber } from '@shared/domain/resolution-numbers';
import type { ResolutionNumberingSettings } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { useAction } from '../../../ui/useAction';
import { SettingsSaveBar } from './SettingsSaveBar';

export function ResolutionNumberingEditor({ initial }: { initial: ResolutionNumberingSettings }) {
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
      <SettingsSaveBar
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
