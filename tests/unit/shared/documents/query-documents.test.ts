/**
 * The query report and the acknowledgement letter (issue 6), read back by python-docx and
 * mammoth: open and overdue queries per department with their ages under the filters applied,
 * no stakeholder named in the report, and a letter with the reference, dates and addressee.
 */
import { describe, expect, it } from 'vitest';
import { buildAcknowledgementLetter, letterStanding } from '../../../../shared/documents/acknowledgement-letter';
import { awaitedOf } from '../../../../shared/documents/awaited';
import { documentDates } from '../../../../shared/documents/dates';
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
    expect(
      inOrder(text, [
        'Budget and Treasury: 2 open, 1 overdue',
        'Q-2026-0004-AB',
        'Awaiting stakeholder',
        'Q-2026-0003-AB',
        'Overdue',
        'Technical Services: 2 open, 1 overdue',
        'Q-2026-0002-AB',
        `Overdue ${HOSTILE_SHOWN}`,
        'Not yet assigned',
      ]),
    ).toBe(true);
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

  describe('follows the query’s status', () => {
    const dates = documentDates('Africa/Johannesburg');
    const standing = (fields: Parameters<typeof query>[1], awaiting?: string) =>
      letterStanding({ query: query(7, { dueDate: '2026-12-04', ...fields }), departments, awaiting }, dates).join(' ');

    it('an open query: referred, and the date we aim to resolve it by', () => {
      for (const status of ['new', 'acknowledged', 'assigned', 'in_progress', 'reopened'] as const) {
        const text = standing({ status });
        expect(text, status).toContain('referred to Technical Services, which will deal with it');
        expect(text, status).toContain('we aim to resolve your query by Friday, 04 December 2026');
      }
      expect(standing({ status: 'new', departmentId: '' })).toContain('It will be referred to the department responsible');
    });

    it('a resolved query: resolved and when, with the outcome, and no date we aim for', () => {
      const text = standing({ status: 'resolved', resolvedAt: at('14:00', '2026-11-27'), outcome: 'The pipe was repaired' });
      expect(text).toBe('It was dealt with by Technical Services. Your query was resolved on Friday, 27 November 2026. The outcome: The pipe was repaired.');
    });

    it('a closed query: resolved and closed, when, with the outcome', () => {
      const text = standing({ status: 'closed', resolvedAt: at('14:00', '2026-11-27'), closedAt: '2026-11-30T22:30:00.000Z', outcome: 'Pipe\nrepaired!' });
      // 22:30 UTC is 00:30 the next day in Johannesburg.
      expect(text).toBe(
        'It was dealt with by Technical Services. Your query was resolved on Friday, 27 November 2026 and closed on Tuesday, 01 December 2026. The outcome: Pipe repaired!',
      );
      expect(text).not.toContain('aim to resolve');
      expect(standing({ status: 'closed', departmentId: '' })).toBe('Your query was resolved and closed.');
    });

    it('a query waiting for the stakeholder: what was asked of them and since when', () => {
      const text = standing({ status: 'awaiting_stakeholder', pausedSince: at('11:00', '2026-11-24') }, 'A copy of your latest municipal account');
      expect(text).toContain('which is dealing with it');
      expect(text).toContain(
        'On Tuesday, 24 November 2026 we asked you for more information: A copy of your latest municipal account. We will continue with your query once we receive your reply',
      );
      expect(text).not.toContain('aim to resolve');
      expect(standing({ status: 'awaiting_stakeholder' })).toContain('We asked you for more information. We will continue');
    });

    it('what is awaited is the reason of the latest pause on the timeline, without the timeline’s own words', () => {
      const paused = (at: string, text: string) => ({ kind: 'paused' as const, at, text });
      expect(
        awaitedOf([
          paused('2026-11-20T09:00:00.000Z', 'Waiting for the stakeholder: An old request. The clock is paused.'),
          { kind: 'resumed', at: '2026-11-22T09:00:00.000Z', text: 'Reply received.' },
          paused('2026-11-24T09:00:00.000Z', 'Waiting for the stakeholder: A copy of your\nlatest account. The clock is paused.'),
        ]),
      ).toBe('A copy of your\nlatest account.');
      expect(awaitedOf([paused('2026-11-24T09:00:00.000Z', 'Asked for the surveyor’s diagram.')])).toBe('Asked for the surveyor’s diagram.');
      expect(awaitedOf([])).toBe('');
    });

    it('the whole letter of a closed query says so, in the Word file', async () => {
      const text = await mammothText(
        await letter({
          query: query(7, { status: 'closed', resolvedAt: at('14:00', '2026-11-27'), closedAt: at('10:00', '2026-11-30'), outcome: 'The pipe was repaired.' }),
        }),
      );
      expect(
        inOrder(text, [
          'reference number Q-2026-0007-AB',
          'dealt with by Technical Services',
          'resolved on Friday, 27 November 2026 and closed on Monday, 30 November 2026',
          'The outcome: The pipe was repaired.',
          'Yours faithfully',
        ]),
      ).toBe(true);
      expect(text).not.toContain('we aim to resolve');
    });
  });

  it('names nobody when the stakeholder’s details were erased', async () => {
    const text = await mammothText(await letter({ stakeholder: { ...stakeholder, name: 'Anonymised', anonymisedAt: at('09:00') } }));
    expect(text).toContain('Dear Sir or Madam,');
    expect(text).not.toContain('Marula Street\nThaba');
    expect(text).not.toContain('Anonymised');
  });
});
