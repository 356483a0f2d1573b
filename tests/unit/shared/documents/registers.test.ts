/**
 * The resolution register and the quarterly progress report, read back by python-docx and
 * mammoth: landscape pages, columns in the councils' order, a header row that repeats, the
 * right rows and statuses, and in-committee resolutions withheld from the public version.
 */
import { describe, expect, it } from 'vitest';
import type { FinancialQuarter } from '../../../../shared/documents/inputs';
import { buildQuarterlyReportDocument } from '../../../../shared/documents/quarterly-report';
import { quarterLabel, quarterOf, quarterRange, selectQuarterResolutions, shiftQuarter, statusAtEndOf } from '../../../../shared/documents/quarters';
import { buildResolutionRegisterDocument } from '../../../../shared/documents/resolution-register';
import type { Resolution } from '../../../../shared/schemas';
import { HOSTILE_SHOWN, at, body, departments, meeting, municipality, resolutions } from './support/fixtures';
import { inOrder, mammothText, readWithPythonDocx } from './support/readers';

const TZ = 'Africa/Johannesburg';

describe('the resolution register', () => {
  const register = (audience: 'public' | 'full', filters = [{ label: 'Body', value: 'Council' }]) =>
    buildResolutionRegisterDocument({
      inCommitteeItemIds: ['i-3', 'i-3-1'],
      municipality,
      generatedAt: new Date('2026-12-05T08:00:00Z'),
      resolutions,
      bodies: [body],
      departments,
      filters,
      audience,
    });

  it('is a landscape table with the register columns and a repeating header row', async () => {
    const reading = await readWithPythonDocx(await register('full'));
    expect(reading.sections).toHaveLength(1);
    const [section] = reading.sections;
    expect(section?.orientation).toBe('landscape');
    expect(section!.pageWidth).toBeGreaterThan(section!.pageHeight);
    expect(section?.header).toContain('Thaba Nkosi Local Municipality');
    expect(section?.footerFields).toEqual(['PAGE', 'NUMPAGES']);
    const table = reading.tables.find((t) => t.rows[0]?.[0] === 'Number');
    expect(table?.rows[0]).toEqual(['Number', 'Date', 'Body', 'Title', 'Responsible', 'Due', 'Status', 'Last progress note']);
    expect(table?.headerRows).toBe(1);
    expect(table?.rows.map((r) => r[0])).toEqual(['Number', ...resolutions.map((r) => r.number)]);
    expect(reading.title).toBe('Resolution register: Council, as at Saturday, 05 December 2026');
    expect(reading.paragraphs.find((p) => p.text === 'Resolution register')?.style).toBe('Title');
  });

  it('shows each resolution’s responsibility, due date, status (overdue worked out from the due date) and latest progress note', async () => {
    const reading = await readWithPythonDocx(await register('full'));
    const rows = reading.tables.find((t) => t.rows[0]?.[0] === 'Number')!.rows;
    const loan = rows.find((r) => r[0] === 'C 002/2026')!;
    expect(loan).toEqual([
      'C 002/2026',
      '26 Nov 2026',
      'Council',
      'Loan for the water works',
      'Budget and Treasury\nRonel Steyn',
      '01 Dec 2026',
      'Overdue',
      '28 Nov 2026: Lenders approached. (Ronel Steyn)',
    ]);
    expect(rows.find((r) => r[0] === 'C 004/2026')?.[6]).toBe('Motion failed');
    expect(rows.find((r) => r[0] === 'C 003/2026')?.[3]).toBe(`Named vote ${HOSTILE_SHOWN}`);
    const text = await mammothText(await register('full'));
    expect(text).toContain('Filtered by Body: Council.');
    expect(text).toContain('6 resolutions listed.');
  });

  it('withholds the title and notes of in-committee resolutions from the public version', async () => {
    const text = await mammothText(await register('public', []));
    expect(text).not.toContain('SECRET-FLAGGED');
    expect(text).not.toContain('SECRET-RESOLUTION');
    expect(text).toContain('C 006/2026');
    expect(text).toContain('Confidential resolution (taken in committee)');
    expect(text).toContain('All resolutions in the register.');
  });

  it('reports the rows it prepares, then the writing, and builds the same register', async () => {
    const many = Array.from({ length: 1_200 }, (_, index) => ({ ...resolutions[0]!, id: `r-${index}`, number: `C${index}/2026` }));
    const steps: string[] = [];
    const bytes = await buildResolutionRegisterDocument(
      { municipality, generatedAt: new Date('2026-12-05T08:00:00Z'), resolutions: many, bodies: [body], departments, filters: [], audience: 'full' },
      {},
      (step) => steps.push(step.stage === 'rows' ? `rows ${step.done}/${step.total}` : 'writing'),
    );
    expect(steps).toEqual(['rows 0/1200', 'rows 500/1200', 'rows 1000/1200', 'rows 1200/1200', 'writing']);
    expect(await mammothText(bytes)).toContain('C1199/2026');
  });

  it('is a valid document when nothing matches', async () => {
    const bytes = await buildResolutionRegisterDocument({
      municipality,
      generatedAt: new Date('2026-12-05T08:00:00Z'),
      resolutions: [],
      bodies: [body],
      departments,
      filters: [{ label: 'Status', value: 'Revoked' }],
      audience: 'full',
    });
    expect(await mammothText(bytes)).toContain('No resolutions match these filters.');
    expect((await readWithPythonDocx(bytes)).tables).toHaveLength(0);
  });
});

describe('quarters of the financial year', () => {
  it('run from July: quarter 1 is July to September', () => {
    expect(quarterOf('2026-07-01')).toEqual({ financialYear: 2026, quarter: 1 });
    expect(quarterOf('2026-11-26')).toEqual({ financialYear: 2026, quarter: 2 });
    expect(quarterOf('2027-01-01')).toEqual({ financialYear: 2026, quarter: 3 });
    expect(quarterOf('2027-06-30')).toEqual({ financialYear: 2026, quarter: 4 });
    expect(quarterRange({ financialYear: 2026, quarter: 2 })).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(quarterRange({ financialYear: 2026, quarter: 3 })).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(quarterRange({ financialYear: 2027, quarter: 4 })).toEqual({ start: '2028-04-01', end: '2028-06-30' });
    expect(quarterLabel({ financialYear: 2026, quarter: 2 })).toBe('Quarter 2 of 2026/27 (1 October to 31 December 2026)');
    expect(shiftQuarter({ financialYear: 2026, quarter: 1 }, -1)).toEqual({ financialYear: 2025, quarter: 4 });
    expect(shiftQuarter({ financialYear: 2026, quarter: 4 }, 1)).toEqual({ financialYear: 2027, quarter: 1 });
  });

  const old = (fields: Partial<Resolution>): Resolution => ({ ...resolutions[0]!, id: `old-${fields.number}`, adoptedOn: '2026-05-10', ...fields });
  const q2: FinancialQuarter = { financialYear: 2026, quarter: 2 };

  it('select resolutions adopted in the quarter, or still open when it began, and leave out failed motions and work finished before', () => {
    const selected = selectQuarterResolutions(
      [
        ...resolutions,
        old({ number: 'OPEN', status: 'in_progress' }),
        old({ number: 'DONE-BEFORE', status: 'implemented', progress: [{ at: at('09:00', '2026-08-01'), by: 'X', note: 'Done', status: 'implemented' }] }),
        old({ number: 'DONE-DURING', status: 'implemented', progress: [{ at: at('09:00', '2026-10-15'), by: 'X', note: 'Done', status: 'implemented' }] }),
        old({ number: 'DONE-UNDATED', status: 'implemented' }),
        { ...resolutions[0]!, id: 'later', number: 'LATER', adoptedOn: '2027-01-05' },
      ],
      q2,
      TZ,
    ).map((r) => r.number);
    expect(selected).toEqual(['DONE-DURING', 'OPEN', 'C 001/2026', 'C 002/2026', 'C 003/2026', 'C 005/2026', 'C 006/2026']);
  });

  it('give the status at the end of the quarter from the progress notes written by then', () => {
    const r = old({
      number: 'S',
      status: 'implemented',
      progress: [
        { at: at('09:00', '2026-11-01'), by: 'X', note: 'Started', status: 'in_progress' },
        { at: at('09:00', '2027-02-01'), by: 'X', note: 'Done', status: 'implemented' },
      ],
    });
    expect(statusAtEndOf(r, q2, TZ)).toBe('in_progress');
    expect(statusAtEndOf(r, shiftQuarter(q2, 1), TZ)).toBe('implemented');
  });
});

describe('the quarterly progress report', () => {
  const report = (audience: 'public' | 'full') =>
    buildQuarterlyReportDocument({
      inCommitteeItemIds: ['i-3', 'i-3-1'],
      municipality,
      generatedAt: new Date('2027-01-10T08:00:00Z'),
      body,
      quarter: { financialYear: 2026, quarter: 2 },
      resolutions,
      meetings: [meeting],
      departments,
      audience,
    });

  it('has the columns councils table for MPAC, in landscape, with a repeating header row', async () => {
    const reading = await readWithPythonDocx(await report('full'));
    expect(reading.sections[0]?.orientation).toBe('landscape');
    const table = reading.tables.find((t) => t.rows[0]?.[0] === 'Item')!;
    expect(table.rows[0]).toEqual(['Item', 'Description', 'Resolution', 'Responsibility', 'Progress', 'Status']);
    expect(table.headerRows).toBe(1);
    expect(reading.title).toBe('Progress report on the implementation of council resolutions: Council, Quarter 2 of 2026/27 (1 October to 31 December 2026)');
    const loan = table.rows.find((r) => r[2]?.startsWith('C 002/2026'))!;
    expect(loan[1]).toBe('Loan for the water works\nCouncil, 26 Nov 2026 (OC 11/2026)');
    expect(loan[2]).toBe('C 002/2026\nTHAT a loan be raised.');
    expect(loan[3]).toBe('Budget and Treasury\nRonel Steyn');
    expect(loan[4]).toBe('27 Nov 2026: Business plan drafted.\n28 Nov 2026: Lenders approached.');
    expect(loan[5]).toBe('In progress (overdue)\nDue 01 Dec 2026');
    // Failed motions have nothing to implement.
    expect(table.rows.some((r) => r[2]?.startsWith('C 004/2026'))).toBe(false);
    const text = await mammothText(await report('full'));
    expect(inOrder(text, ['Progress report on the implementation of council resolutions', 'Council: Quarter 2 of 2026/27', '5 resolutions.'])).toBe(true);
  });

  it('names each meeting by its reference, made from its number in the year when none was typed', async () => {
    const { number: _typed, ...unnumbered } = meeting;
    const bytes = await buildQuarterlyReportDocument({
      municipality,
      generatedAt: new Date('2027-01-10T08:00:00Z'),
      body,
      quarter: { financialYear: 2026, quarter: 2 },
      resolutions,
      meetings: [{ ...unnumbered, sequence: 7 }],
      departments,
      audience: 'full',
    });
    const table = (await readWithPythonDocx(bytes)).tables.find((t) => t.rows[0]?.[0] === 'Item')!;
    expect(table.rows.find((r) => r[2]?.startsWith('C 002/2026'))?.[1]).toBe('Loan for the water works\nCouncil, 26 Nov 2026 (OC 07/2026)');
  });

  it('lists in-committee resolutions to the public without their content', async () => {
    const text = await mammothText(await report('public'));
    expect(text).not.toContain('SECRET-RESOLUTION');
    expect(text).not.toContain('SECRET-FLAGGED');
    expect(text).toContain('Confidential resolution (taken in committee)');
    expect(text).toContain('C 005/2026');
  });

  it('says so when the body has nothing to report for the quarter', async () => {
    const bytes = await buildQuarterlyReportDocument({
      municipality,
      generatedAt: new Date('2027-01-10T08:00:00Z'),
      body,
      quarter: { financialYear: 2025, quarter: 1 },
      resolutions,
      meetings: [meeting],
      departments,
      audience: 'public',
    });
    expect(await mammothText(bytes)).toContain('Council has no resolutions to report on for this quarter.');
  });
});
