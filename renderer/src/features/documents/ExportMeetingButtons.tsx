/**
 * The two buttons that export a meeting's agenda or minutes to Word: the public version (an
 * in-committee item only by its number in the agenda, nothing of it in the minutes) and the full
 * version for members. Minutes are draft or confirmed as the meeting stands. The meeting page
 * passes its items with the numbers it shows, so the printed numbers are the ones on screen.
 */
import type { Audience, NumberedAgendaItem } from '@shared/documents/inputs';
import { ExportButton } from './components/ExportButton';
import { useExportRunner } from './components/use-export-runner';

export type MeetingDocument = 'agenda' | 'minutes';

export interface ExportMeetingButtonsProps {
  document: MeetingDocument;
  meetingId: string;
  /** The agenda in order, each item with its printed number (7, 7.1, 7.2A). */
  items: readonly NumberedAgendaItem[];
  disabled?: boolean;
}

const AUDIENCES: readonly Audience[] = ['public', 'full'];

export function ExportMeetingButtons({ document, meetingId, items, disabled }: ExportMeetingButtonsProps) {
  const { busy, run, feedback } = useExportRunner();
  return (
    <>
      {AUDIENCES.map((audience) => (
        <ExportButton
          key={audience}
          label={`Export ${audience} ${document}`}
          busy={busy === audience}
          disabled={disabled === true || busy !== null}
          onClick={() => run(audience, document, (exporter) => exporter[document](meetingId, items, audience))}
        />
      ))}
      {feedback}
    </>
  );
}
