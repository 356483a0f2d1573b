/** Exports the query report to Word: the open and overdue queries listed on screen, per department, by age. */
import type { AppliedFilter } from '@shared/documents/inputs';
import type { StakeholderQuery } from '@shared/schemas';
import { ExportButton } from './components/ExportButton';
import { useExportRunner } from './components/use-export-runner';

export interface ExportQueryReportButtonProps {
  /** The queries as filtered on screen, read in full when the export runs (the screen may show only a queue's first page). */
  queries: () => Promise<readonly StakeholderQuery[]>;
  /** The filters applied, in words: `{ label: 'Department', value: 'Technical Services' }`. */
  filters: readonly AppliedFilter[];
  /** The one department whose queries are listed, if so: the file is named after it. */
  departmentName?: string | undefined;
  disabled?: boolean;
}

export function ExportQueryReportButton({ queries, filters, departmentName, disabled }: ExportQueryReportButtonProps) {
  const { busy, run, feedback } = useExportRunner();
  return (
    <>
      <ExportButton
        label="Export query report"
        busy={busy !== null}
        disabled={disabled}
        onClick={() => run('report', 'query report', async (exporter) => exporter.queryReport(await queries(), filters, departmentName))}
      />
      {feedback}
    </>
  );
}
