/**
 * Settings → Queries: the service standards (working days to acknowledge and to resolve, per
 * category and priority), the escalation ladder, once-off public holidays, and this laptop's
 * reference code. The national public holidays of the year are listed for checking.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useRef, useState } from 'react';
import { type QuerySettings, querySettingsProblems } from '@shared/settings/query-settings';
import { RecordValidationError } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { LiveView } from '../../../ui/LoadState';
import { incompleteDateMessage, isIncompleteDate } from '../../../ui/incomplete-date';
import { errorMessage } from '../../../ui/form-errors';
import { useQuerySettings, useToday } from '../hooks';
import { EscalationLadderCard } from './EscalationLadderCard';
import { PublicHolidaysCard } from './PublicHolidaysCard';
import { ReferenceCodeCard } from './ReferenceCodeCard';
import { ServiceStandardsCard } from './ServiceStandardsCard';
import { useTimeZone } from '../../settings/hooks';

/** The card whose save button was pressed: the three save the same settings. */
type SavedFrom = 'standards' | 'escalation' | 'holidays';

function StandardsForm({ current }: { current: QuerySettings }) {
  const repos = useRepositories();
  const timeZone = useTimeZone();
  const today = useToday(timeZone);
  const [draft, setDraft] = useState<QuerySettings>(current);
  // What the next save is made over: the settings the form opened with, then what it last saved.
  // A change synced in meanwhile is merged with it, not written over.
  const shown = useRef(current);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Said beside the save button that was pressed (each card has one), where the person is looking:
  // at the top of the section it was off the screen at 1366×768.
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string; card: SavedFrom } | null>(null);

  const save = async (card: SavedFrom) => {
    setMessage(null);
    const say = (severity: 'success' | 'error', text: string) => setMessage({ severity, text, card });
    const problems = querySettingsProblems(draft);
    // A declared holiday's date typed only in part is refused, not saved as another date or none.
    draft.extraHolidays.forEach((holiday, i) => {
      if (isIncompleteDate(holiday.date)) problems[`extraHolidays.${i}.date`] = incompleteDateMessage('The date', true);
    });
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      say('error', 'Correct the fields marked in red.');
      return;
    }
    try {
      const value: QuerySettings = {
        ...draft,
        categories: draft.categories.map((c) => ({ ...c, name: c.name.trim() })),
        escalation: {
          ...draft.escalation,
          steps: draft.escalation.steps.map((s) =>
            s.person?.trim() ? { ...s, person: s.person.trim() } : { role: s.role, afterWorkingDays: s.afterWorkingDays },
          ),
        },
      };
      await repos.settings.saveArea('queries', value, shown.current);
      shown.current = value;
      say('success', 'Query settings saved. New queries follow them; queries already logged keep their due dates.');
    } catch (error) {
      if (error instanceof RecordValidationError) {
        const fields = Object.fromEntries(Object.entries(error.fieldErrors).map(([path, text]) => [path.replace(/^value\./, ''), text]));
        setErrors(fields);
        say('error', Object.values(fields)[0] ?? 'The settings were not saved.');
      } else say('error', `The settings were not saved: ${errorMessage(error)}`);
    }
  };

  const saveBar = (card: SavedFrom) => (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {message?.card === card ? (
        <Alert severity={message.severity} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      <div>
        <Button variant="contained" onClick={() => void save(card)}>
          Save query settings
        </Button>
      </div>
    </Stack>
  );

  return (
    <Stack spacing={3}>
      <ServiceStandardsCard draft={draft} setDraft={setDraft} errors={errors} saveBar={saveBar('standards')} />

      <EscalationLadderCard draft={draft} setDraft={setDraft} errors={errors} saveBar={saveBar('escalation')} />

      <PublicHolidaysCard draft={draft} setDraft={setDraft} errors={errors} saveBar={saveBar('holidays')} today={today} />
    </Stack>
  );
}

export function QuerySettingsSection() {
  const settings = useQuerySettings();
  return (
    <Stack spacing={3}>
      <LiveView live={settings}>{(current) => <StandardsForm current={current} />}</LiveView>
      <ReferenceCodeCard />
    </Stack>
  );
}
