/**
 * Buttons that export a meeting's agenda to Word: the public version (in-committee items shown
 * only by number) and the full version for members. The meeting page passes its items with
 * the numbers it shows, so the printed numbers are the ones on screen.
 */
import type { NumberedAgendaItem } from '@shared/documents/inputs';
import { ExportButton } from './components/ExportButton';
import { useExportRunner } from './components/use-export-runner';

export interface ExportAgendaButtonsProps {
  meetingId: string;
  /** The agenda in order, each item with its printed number (7, 7.1, 7.2A). */
  items: readonly NumberedAgendaItem[];
  disabled?: boolean;
}

export function ExportAgendaButtons({ meetingId, items, disabled }: ExportAgendaButtonsProps) {
  const { busy, run, feedback } = useExportRunner();
  return (
    <>
      <ExportButton
        label="Export public agenda"
        busy={busy === 'public'}
        disabled={disabled === true || busy !== null}
        onClick={() => run('public', 'agenda', (exporter) => exporter.agenda(meetingId, items, 'public'))}
      />
      <ExportButton
        label="Export full agenda"
        busy={busy === 'full'}
        disabled={disabled === true || busy !== null}
        onClick={() => run('full', 'agenda', (exporter) => exporter.agenda(meetingId, items, 'full'))}
      />
      {feedback}
    </>
  );
}
