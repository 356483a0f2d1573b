/** Produces the Word letter that acknowledges a stakeholder's query, with its reference number. */
import type { Signatory } from '@shared/documents/inputs';
import { ExportButton } from './components/ExportButton';
import { useExportRunner } from './components/use-export-runner';

export interface AcknowledgementLetterButtonProps {
  queryId: string;
  /** Who signs; by default the person at this device, "For the Municipal Manager". */
  signatory?: Signatory;
  disabled?: boolean;
}

export function AcknowledgementLetterButton({ queryId, signatory, disabled }: AcknowledgementLetterButtonProps) {
  const { busy, run, feedback } = useExportRunner();
  return (
    <>
      <ExportButton
        label="Acknowledgement letter"
        busy={busy !== null}
        disabled={disabled}
        onClick={() => run('letter', 'acknowledgement letter', (exporter) => exporter.acknowledgementLetter(queryId, signatory))}
      />
      {feedback}
    </>
  );
}
