/** Exports the resolution register to Word, filtered as the register page is (landscape, for members). */
import type { RegisterFilters } from '@shared/domain/resolutions';
import { ExportButton } from './components/ExportButton';
import { useExportRunner } from './components/use-export-runner';

export interface ExportResolutionRegisterButtonProps {
  /** The register page's filters; the printed register lists what the page lists, and says how it was filtered. */
  filters?: RegisterFilters;
  disabled?: boolean;
}

export function ExportResolutionRegisterButton({ filters = {}, disabled }: ExportResolutionRegisterButtonProps) {
  const { busy, run, feedback } = useExportRunner();
  return (
    <>
      <ExportButton
        label="Export register"
        busy={busy !== null}
        disabled={disabled}
        onClick={() => run('register', 'resolution register', (exporter, hooks) => exporter.resolutionRegister(filters, hooks))}
      />
      {feedback}
    </>
  );
}
