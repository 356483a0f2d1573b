/** File names for saved documents: date first, body, kind, qualifiers; always a name the bridge accepts. */
import { describe, expect, it } from 'vitest';
import {
  acknowledgementFileName,
  agendaFileName,
  minutesFileName,
  quarterlyReportFileName,
  queryListCsvFileName,
  queryReportFileName,
  registerFileName,
  safeFileNamePart,
} from '../../../../shared/documents/file-names';
import { parseFileName } from '../../../../shared/ipc-contract';

describe('document file names', () => {
  it('read as a secretary files them', () => {
    expect(minutesFileName('2026-11-26', 'Council', 'draft', 'full')).toBe('2026-11-26 Council Minutes DRAFT.docx');
    expect(minutesFileName('2026-11-26', 'Council', 'draft', 'public')).toBe('2026-11-26 Council Minutes DRAFT PUBLIC.docx');
    expect(minutesFileName('2026-11-26', 'Council', 'confirmed', 'full')).toBe('2026-11-26 Council Minutes.docx');
    expect(agendaFileName('2026-12-03', 'Finance Portfolio Committee', 'full')).toBe('2026-12-03 Finance Portfolio Committee Agenda.docx');
    expect(agendaFileName('2026-12-03', 'Council', 'public')).toBe('2026-12-03 Council Agenda PUBLIC.docx');
    expect(registerFileName('2026-11-23')).toBe('2026-11-23 Resolution Register.docx');
    expect(registerFileName('2026-11-23', 'MPAC')).toBe('2026-11-23 MPAC Resolution Register.docx');
    expect(quarterlyReportFileName({ financialYear: 2026, quarter: 2 }, 'Council')).toBe('2026-27 Q2 Council Resolutions Progress Report.docx');
    expect(quarterlyReportFileName({ financialYear: 2099, quarter: 4 }, 'Council')).toBe('2099-00 Q4 Council Resolutions Progress Report.docx');
    expect(queryReportFileName('2026-11-23')).toBe('2026-11-23 Query Report.docx');
    expect(queryReportFileName('2026-11-23', 'Technical Services')).toBe('2026-11-23 Technical Services Query Report.docx');
    expect(queryListCsvFileName('2026-11-23', { queueLabel: 'Overdue' })).toBe('2026-11-23 Queries - Overdue.csv');
    expect(queryListCsvFileName('2026-11-23', { departmentName: 'Technical Services' })).toBe('2026-11-23 Technical Services Queries.csv');
    expect(queryListCsvFileName('2026-11-23', { departmentName: 'Finance', queueLabel: 'Overdue' })).toBe('2026-11-23 Finance Queries - Overdue.csv');
    expect(acknowledgementFileName('Q-2026-0412-K7')).toBe('Q-2026-0412-K7 Acknowledgement.docx');
  });

  it('never carry folders, reserved characters, control characters or overlong bodies', () => {
    const hostile = '../Finance/Committee: <script>"x"|?*\u0001 ..';
    const name = agendaFileName('2026-12-03', hostile, 'full');
    expect(() => parseFileName(name)).not.toThrow();
    expect(name).toBe('2026-12-03 Finance Committee script x Agenda.docx');
    expect(safeFileNamePart('  ...  ')).toBe('');
    expect(agendaFileName('2026-12-03', 'x'.repeat(500), 'public').length).toBeLessThanOrEqual(200);
    expect(() => parseFileName(agendaFileName('2026-12-03', 'x'.repeat(500), 'public'))).not.toThrow();
    expect(acknowledgementFileName('')).toBe('Acknowledgement.docx');
    const department = queryListCsvFileName('2026-11-23', { departmentName: 'Water/Sanitation: "North" <script>' });
    expect(department).toBe('2026-11-23 Water Sanitation North script Queries.csv');
    expect(() => parseFileName(queryReportFileName('2026-11-23', '..\\Roads|Stormwater?'))).not.toThrow();
    expect(queryReportFileName('2026-11-23', '..\\Roads|Stormwater?')).toBe('2026-11-23 Roads Stormwater Query Report.docx');
  });
});
