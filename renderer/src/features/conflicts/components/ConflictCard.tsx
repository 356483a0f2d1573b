/**
 * One record with competing edits: for each field two people changed, every version with who
 * made it and when; a person keeps one, or writes a merged text (text fields), or keeps both
 * texts one after the other (minutes). Settling writes through the record's repository, so it is
 * validated and recorded in the audit trail.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { formatDateTime } from '@shared/domain/time';
import { chosenVersion, versionValue, type ConflictVersion } from '@shared/sync/conflict-settlement';
import { jsonEqual } from '@shared/sync/record-state';
import { COLLECTION_LABELS, valuePreview } from '@shared/sync/record-labels';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage } from '../../../ui/form-errors';
import { useTimeZone } from '../../settings/hooks';
import type { ConflictedField, ConflictedRecord } from '../conflicts.repository';
import { ReadOnlyPart, useWriteRefusal } from '../../../ui/access';
import { GrowingTextField } from '../../../ui/GrowingTextField';

const MERGED = 'merged';
const BOTH = 'both';
const VERSION = 'version:';

function versionLabel(version: ConflictVersion, timeZone: string): string {
  const who = version.by ?? 'Someone';
  return version.at ? `${who}, ${formatDateTime(version.at, timeZone)}` : who;
}

function FieldSettlement({ record, field, readOnly }: { record: ConflictedRecord; field: ConflictedField; readOnly: boolean }) {
  const repos = useRepositories();
  const timeZone = useTimeZone();
  const labelId = useId();
  // The version the record holds now is chosen first, so settling without a choice changes nothing.
  // A version is remembered by what it holds (VERSION + its value), not by its place in the list.
  const [choice, setChoice] = useState(() => {
    const inRecord = field.versions.find((version) => jsonEqual(versionValue(version), field.current)) ?? field.versions[0];
    return inRecord ? VERSION + inRecord.value : '';
  });
  const chosen = choice.startsWith(VERSION) ? chosenVersion(field.versions, choice.slice(VERSION.length)) : null;
  const radioValue = chosen ? String(field.versions.indexOf(chosen)) : choice.startsWith(VERSION) ? '' : choice;
  const choose = (radio: string) => {
    const version = radio === MERGED || radio === BOTH ? undefined : field.versions[Number(radio)];
    setChoice(version ? VERSION + version.value : radio);
  };
  const [merged, setMerged] = useState(() =>
    field.versions
      .map((version) => versionValue(version))
      .filter((value): value is string => typeof value === 'string' && value !== '')
      .join('\n\n'),
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const settle = async () => {
    setBusy(true);
    setProblem(null);
    try {
      let value: unknown;
      let how: string;
      if (choice === MERGED) {
        value = merged.trim() === '' ? undefined : merged;
        how = `${field.label}: wrote a merged text`;
      } else if (choice === BOTH) {
        value = field.versions.flatMap((version): unknown[] => {
          const paragraphs = versionValue(version);
          return Array.isArray(paragraphs) ? (paragraphs as unknown[]) : [];
        });
        how = `${field.label}: kept every version, one after the other`;
      } else if (chosen) {
        value = versionValue(chosen);
        how = `${field.label}: kept the version by ${versionLabel(chosen, timeZone)}`;
      } else {
        setProblem('Not settled: the version you chose is no longer among the competing edits (a newer edit arrived). Look at the versions again and choose.');
        return;
      }
      await repos.conflicts.settle(record.collection, record.id, field, value, how);
    } catch (error) {
      setProblem(`Not settled: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    // Disabled through the form control as well as the read-only fieldset: MUI's radios and
    // labels read the control's state, so a viewer cannot even tick a version.
    <FormControl component="fieldset" disabled={readOnly} sx={{ width: '100%' }}>
      <FormLabel component="legend" id={labelId} sx={{ fontWeight: 600, color: 'text.primary' }}>
        {field.label}
      </FormLabel>
      <RadioGroup aria-labelledby={labelId} value={radioValue} onChange={(event) => choose(event.target.value)}>
        {field.versions.map((version, index) => {
          const value = versionValue(version);
          const inRecord = jsonEqual(value, field.current);
          return (
            <FormControlLabel
              key={version.value}
              value={String(index)}
              control={<Radio />}
              sx={{ alignItems: 'flex-start', my: 0.5 }}
              label={
                <Box sx={{ pt: 0.75 }}>
                  <Typography variant="body2" color="text.secondary">
                    Version by {versionLabel(version, timeZone)}
                    {inRecord ? ' · in the record now' : ''}
                  </Typography>
                  <Typography component="div" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {valuePreview(value, 2_000)}
                  </Typography>
                </Box>
              }
            />
          );
        })}
        {field.text ? <FormControlLabel value={MERGED} control={<Radio />} label="Write a merged text" /> : null}
        {field.richText ? <FormControlLabel value={BOTH} control={<Radio />} label="Keep every version, one after the other" /> : null}
      </RadioGroup>
      {choice === MERGED ? (
        <GrowingTextField
          label={`Merged ${field.label.toLowerCase()}`}
          multiline
          minRows={3}
          value={merged}
          onChange={(event) => setMerged(event.target.value)}
          disabled={readOnly}
          sx={{ mt: 1 }}
        />
      ) : null}
      {problem ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      ) : null}
      <Box sx={{ mt: 1 }}>
        <Button variant="contained" onClick={() => void settle()} disabled={busy || readOnly}>
          Settle {field.label}
        </Button>
      </Box>
    </FormControl>
  );
}

export function ConflictCard({ record }: { record: ConflictedRecord }) {
  const timeZone = useTimeZone();
  const headingId = useId();
  // Settling writes the record: an account that may not change it sees the versions only.
  const refusal = useWriteRefusal(record.collection);
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 3 }}>
      <Typography variant="h2" component="h2" id={headingId}>
        {record.label}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {COLLECTION_LABELS[record.collection]}
        {record.detectedAt ? ` · competing edits found ${formatDateTime(record.detectedAt, timeZone)}` : ''}
      </Typography>
      <ReadOnlyPart reason={refusal} label={`Competing edits of ${record.label}`}>
        <Stack spacing={3}>
          {record.fields.map((field) => (
            <FieldSettlement key={field.path} record={record} field={field} readOnly={refusal !== null} />
          ))}
        </Stack>
      </ReadOnlyPart>
    </Paper>
  );
}
