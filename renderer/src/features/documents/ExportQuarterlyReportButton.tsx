/**
 * The quarterly "Progress report on the implementation of council resolutions": a button that
 * opens a small dialog to choose the body, the quarter of the financial year and the version
 * (public, or full for members), then exports it to Word.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId, useMemo, useState } from 'react';
import { today } from '@shared/domain/time';
import type { Audience, FinancialQuarter } from '@shared/documents/inputs';
import { quarterLabel, quarterOf, shiftQuarter } from '@shared/documents/quarters';
import { useBodies } from '../bodies/hooks';
import { useTimeZone } from '../settings/hooks';
import { ExportButton } from './components/ExportButton';
import { useExportRunner } from './components/use-export-runner';

/** How many quarters back the dialog offers: two financial years. */
const QUARTERS_OFFERED = 8;

const keyOf = (q: FinancialQuarter) => `${q.financialYear}-${q.quarter}`;

export interface ExportQuarterlyReportButtonProps {
  /** The body chosen when the dialog opens; Council (the first body) otherwise. */
  defaultBodyId?: string;
  disabled?: boolean;
}

export function ExportQuarterlyReportButton({ defaultBodyId, disabled }: ExportQuarterlyReportButtonProps) {
  const { busy, run, feedback } = useExportRunner();
  const bodies = useBodies();
  const timeZone = useTimeZone();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const quarters = useMemo(() => {
    const current = quarterOf(today(timeZone));
    return Array.from({ length: QUARTERS_OFFERED }, (_, i) => shiftQuarter(current, -i));
  }, [timeZone]);
  const [bodyId, setBodyId] = useState('');
  const [quarterKey, setQuarterKey] = useState('');
  const [audience, setAudience] = useState<Audience>('public');

  const list = bodies.data ?? [];
  const chosenBody = list.find((b) => b.id === bodyId) ?? list.find((b) => b.id === defaultBodyId) ?? list[0];
  const chosenQuarter = quarters.find((q) => keyOf(q) === quarterKey) ?? quarters[0];

  const exportReport = () => {
    if (!chosenBody || !chosenQuarter) return;
    setOpen(false);
    run('quarterly', 'quarterly report', (exporter) => exporter.quarterlyReport(chosenBody.id, chosenQuarter, audience));
  };

  return (
    <>
      <ExportButton label="Quarterly report" busy={busy !== null} disabled={disabled === true || list.length === 0} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>Quarterly progress report</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <TextField select label="Body" value={chosenBody?.id ?? ''} onChange={(event) => setBodyId(event.target.value)}>
              {list.map((b) => (
                <MenuItem key={b.id} value={b.id}>
                  {b.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label="Quarter" value={chosenQuarter ? keyOf(chosenQuarter) : ''} onChange={(event) => setQuarterKey(event.target.value)}>
              {quarters.map((q) => (
                <MenuItem key={keyOf(q)} value={keyOf(q)}>
                  {quarterLabel(q)}
                </MenuItem>
              ))}
            </TextField>
            <FormControl>
              <FormLabel id={`${titleId}-version`}>Version</FormLabel>
              <RadioGroup
                aria-labelledby={`${titleId}-version`}
                value={audience}
                onChange={(event) => setAudience(event.target.value === 'full' ? 'full' : 'public')}
              >
                <FormControlLabel value="public" control={<Radio />} label="Public: resolutions taken in committee without their content" />
                <FormControlLabel value="full" control={<Radio />} label="Full, for members: everything" />
              </RadioGroup>
            </FormControl>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button variant="contained" onClick={exportReport} disabled={!chosenBody}>
            Export report
          </Button>
        </DialogActions>
      </Dialog>
      {feedback}
    </>
  );
}
