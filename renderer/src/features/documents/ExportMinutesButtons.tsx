/**
 * Buttons that export a meeting's minutes to Word, draft or confirmed as the meeting stands:
 * the public version (nothing of in-committee items) and the full version for members.
 */
import type { NumberedAgendaItem } from '@shared/documents/inputs';
import { ExportButton } from './components/ExportButton';
import { useExportRunner } from './components/use-export-runner';

export interface ExportMinutesButtonsProps {
  meetingId: string;
  /** The agenda in order, each item with its printed number. */
  items: readonly NumberedAgendaItem[];
  disabled?: boolean;
}

export function ExportMinutesButtons({ meetingId, items, disabled }: ExportMinutesButtonsProps) {
  const { busy, run, feedback } = useExportRunner();
  return (
    <>
      <ExportButton
        label="Export public minutes"
        busy={busy === 'public'}
        disabled={disabled === true || busy !== null}
        onClick={() => run('public', 'minutes', (exporter) => exporter.minutes(meetingId, items, 'public'))}
      />
      <ExportButton
        label="Export full minutes"
        busy={busy === 'full'}
        disabled={disabled === true || busy !== null}
        onClick={() => run('full', 'minutes', (exporter) => exporter.minutes(meetingId, items, 'full'))}
      />
      {feedback}
    </>
  );
}
