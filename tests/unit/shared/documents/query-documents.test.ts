/**
 * The query report and the acknowledgement letter (issue 6), read back by python-docx and
 * mammoth: open and overdue queries per department with their ages under the filters applied,
 * no stakeholder named in the report, and a letter with the reference, dates and addressee.
 */
import { describe, expect, it } from 'vitest';
import { buildAcknowledgementLetter } from '../../../../shared/documents/acknowledgement-letter';
import { ageBucket, buildQueryReportDocument, queryAgeInDays } from '../../../../shared/documents/query-report';
import { HOSTILE_SHOWN, HOSTILE_TYPED, at, departments, municipality, query, stakeholder } from './support/fixtures';
import { inOrder, mammothText, readWithPythonDocx } from './support/readers';

const asAt = new Date('2026-12-10T08:00:00Z');
const queries = [
  query(1, { receivedAt: at('09:00', '2026-12-08'), dueDate: '2026-12-20' }), // 2 days, on time
  query(2, { receivedAt: at('09:00', '2026-11-30'), dueDate: '2026-12-05', subject: `Overdue ${HOSTILE_TYPED}` }), // 10 days, overdue
  query(3, { receivedAt: at('09:00', '2026-11-15'), dueDate: '2026-12-01', departmentId: 'dept-fin' }), // 25 days, overdue
  query(4, { receivedAt: at('09:00', '2026-10-01'), dueDate: '2026-10-15', departmentId: 'dept-fin', status: 'awaiting_stakeholder' }), // 70 days, paused
  query(5, { receivedAt: at('09:00', '2026-12-09'), dueDate: '2026-12-20', departmentId: '', status: 'new' }), // unassigned
  query(6, { status: 'closed', subject: 'Closed and done' }),
];

describe('the query report', () => {
  const report = () =>
    buildQueryReportDocument({
      municipality,
      generatedAt: asAt,
      queries,
      departments,
      filters: [
        { label: 'Category', value: 'Water and sanitation' },
        { label: 'Ward', value: '4' },
      ],
    });

  it('counts open and overdue queries per department, by age, with a total', async () => {
    const reading = await readWithPythonDocx(await report());
    const summary = reading.tables.find((t) => t.rows[0]?.[0] === 'Department')!;
    expect(summary.rows).toEqual([
      ['Department', 'Open', 'Overdue', 'Open 0–7 days', 'Open 8–14 days', 'Open 15–30 days', 'Open over 30 days'],
      ['Budget and Treasury', '2', '1', '0', '0', '1', '1'],
      ['Technical Services', '2', '1', '1', '1', '0', '0'],
      ['Not yet assigned', '1', '0', '1', '0', '0', '0'],
      ['All departments', '5', '2', '2', '1', '1', '1'],
    ]);
    expect(summary.headerRows).toBe(1);
    expect(reading.sections[0]?.orientation).toBe('landscape');
  });

  it('lists each department’s open queries, overdue ones marked, under the filters applied, and names no stakeholder', async () => {
    const bytes = await report();
    const text = await mammothText(bytes);
    expect(text).toContain('Filtered by Category: Water and sanitation; Ward: 4.');
    expect(text).toContain('6 queries listed: 5 open, of which 2 overdue; 1 resolved or closed (counted here, not listed below).');
    expect(inOrder(text, ['Budget and Treasury: 2 open, 1 overdue', 'Q-2026-0004-AB', 'Awaiting stakeholder', 'Q-2026-0003-AB', 'Overdue', 'Technical Services: 2 open, 1 overdue', 'Q-2026-0002-AB', `Overdue ${HOSTILE_SHOWN}`, 'Not yet assigned'])).toBe(true);
    expect(text).not.toContain('Closed and done');
    expect(text).not.toContain(stakeholder.name);
    const reading = await readWithPythonDocx(bytes);
    const tech = reading.tables.find((t) => t.rows.some((r) => r[0] === 'Q-2026-0002-AB'))!;
    expect(tech.rows[0]).toEqual(['Reference', 'Received', 'Subject', 'Category', 'Ward', 'Priority', 'Status', 'Due', 'Age', 'Officer']);
    expect(tech.headerRows).toBe(1);
    expect(tech.rows.find((r) => r[0] === 'Q-2026-0002-AB')?.[7]).toBe('05 Dec 2026\nOverdue');
    expect(tech.rows.find((r) => r[0] === 'Q-2026-0002-AB')?.[8]).toBe('10 d');
  });

  it('ages queries in calendar days in the municipality’s zone, in the dashboard’s buckets', () => {
    expect(queryAgeInDays({ receivedAt: at('23:30', '2026-12-09') }, '2026-12-10', 'Africa/Johannesburg')).toBe(1);
    expect([0, 7, 8, 14, 15, 30, 31].map(ageBucket)).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it('is a valid document when no query is open', async () => {
    const bytes = await buildQueryReportDocument({ municipality, generatedAt: asAt, queries: [], departments, filters: [] });
    expect(await mammothText(bytes)).toContain('No open queries match these filters.');
  });
});

describe('the acknowledgement letter', () => {
  const letter = (overrides: Partial<Parameters<typeof buildAcknowledgementLetter>[0]> = {}) =>
    buildAcknowledgementLetter({
      municipality,
      generatedAt: new Date('2026-11-21T08:00:00Z'),
      query: query(7, { subject: 'Burst pipe on Marula Street', dueDate: '2026-12-04' }),
      stakeholder,
      departments,
      signatory: { name: 'Ms Thuli Officer', position: 'For the Municipal Manager' },
      ...overrides,
    });

  it('acknowledges the query with its reference, the dates, the department and the addressee', async () => {
    const bytes = await letter();
    const text = await mammothText(bytes);
    expect(
      inOrder(text, [
        'Our reference',
        'Q-2026-0007-AB',
        'Enquiries',
        'Mr Engineer',
        'Date',
        'Saturday, 21 November 2026',
        'Mrs Dorah Mashele',
        '4 Marula Street',
        'Dear Mrs Dorah Mashele,',
        'Acknowledgement of your query: Burst pipe on Marula Street',
        'received by telephone on Friday, 20 November 2026, about “Burst pipe on Marula Street”',
        'reference number Q-2026-0007-AB',
        'referred to Technical Services',
        'by Friday, 04 December 2026',
        'Tel 015 555 0100',
        'Yours faithfully',
        'Ms Thuli Officer',
        'For the Municipal Manager',
      ]),
    ).toBe(true);
    const reading = await readWithPythonDocx(bytes);
    expect(reading.title).toBe('Acknowledgement of query Q-2026-0007-AB');
    expect(reading.sections[0]?.firstPageHeader).toContain('Thaba Nkosi Local Municipality');
  });

  it('names nobody when the stakeholder’s details were erased', async () => {
    const text = await mammothText(await letter({ stakeholder: { ...stakeholder, name: 'Anonymised', anonymisedAt: at('09:00') } }));
    expect(text).toContain('Dear Sir or Madam,');
    expect(text).not.toContain('Marula Street\nThaba');
    expect(text).not.toContain('Anonymised');
  });
});
