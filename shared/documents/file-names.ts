/**
 * File names for saved documents, as a secretary files them: the date first so a folder sorts
 * by date, then the body and the kind of document, then what sets this copy apart
 * (`2026-11-26 Council Minutes DRAFT.docx`). Every name passes the IPC contract's check.
 */
import { parseFileName } from '../ipc-contract';
import type { Audience, FinancialQuarter } from './inputs';
import type { MinutesStage } from './minutes-stage';
import { cleanLine } from './text';

const MAX_LENGTH = 150;

/** Removes what Windows, macOS or Linux refuse in a file name, and trims it to a sensible length. */
export function safeFileNamePart(text: string): string {
  return cleanLine(text)
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, MAX_LENGTH)
    .trim();
}

function fileName(parts: readonly string[]): string {
  const stem = parts.map(safeFileNamePart).filter(Boolean).join(' ') || 'Document';
  return parseFileName(`${stem}.docx`);
}

/** `2026-11-26 Council Agenda.docx`, or `… Agenda PUBLIC.docx` for the public version. */
export function agendaFileName(meetingDate: string, bodyName: string, audience: Audience): string {
  return fileName([meetingDate, bodyName, 'Agenda', audience === 'public' ? 'PUBLIC' : '']);
}

/** `2026-11-26 Council Minutes DRAFT.docx`, `2026-11-26 Council Minutes PUBLIC.docx` once confirmed. */
export function minutesFileName(meetingDate: string, bodyName: string, stage: MinutesStage, audience: Audience): string {
  return fileName([meetingDate, bodyName, 'Minutes', stage === 'draft' ? 'DRAFT' : '', audience === 'public' ? 'PUBLIC' : '']);
}

/** `2026-11-23 Resolution Register.docx`, with the body when the register is one body's. */
export function registerFileName(asAt: string, bodyName?: string): string {
  return fileName([asAt, bodyName ?? '', 'Resolution Register']);
}

/** `2026-27 Q2 Council Resolutions Progress Report.docx` */
export function quarterlyReportFileName(quarter: FinancialQuarter, bodyName: string): string {
  const year = `${quarter.financialYear}-${String((quarter.financialYear + 1) % 100).padStart(2, '0')}`;
  return fileName([year, `Q${quarter.quarter}`, bodyName, 'Resolutions Progress Report']);
}

/** `2026-11-23 Query Report.docx`; `2026-11-23 Technical Services Query Report.docx` for one department's queries. */
export function queryReportFileName(asAt: string, departmentName?: string): string {
  return fileName([asAt, departmentName ?? '', 'Query Report']);
}

/**
 * The query list as CSV: `2026-11-23 Queries - Overdue.csv`, and for one department's queue the
 * department it holds, `2026-11-23 Technical Services Queries.csv`.
 */
export function queryListCsvFileName(asAt: string, list: { queueLabel?: string | undefined; departmentName?: string | undefined }): string {
  const parts = [asAt, list.departmentName ?? '', 'Queries', list.queueLabel ? `- ${list.queueLabel}` : ''];
  const stem =
    parts
      .map(safeFileNamePart)
      .filter((part) => part && part !== '-')
      .join(' ') || 'Queries';
  return parseFileName(`${stem}.csv`);
}

/** `Q-2026-0412-K7 Acknowledgement.docx` */
export function acknowledgementFileName(reference: string): string {
  return fileName([reference, 'Acknowledgement']);
}
