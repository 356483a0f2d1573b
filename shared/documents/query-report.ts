/**
 * The query report: open and overdue stakeholder queries per department, with their age in
 * the buckets the dashboard uses (0–7, 8–14, 15–30, over 30 days), then each department's
 * open queries, under the filters the person applied on screen. Stakeholders are not named:
 * the report goes round the municipality, their details stay in Quorum (POPIA).
 */
import type { FileChild } from 'docx';
import { isQueryOpen, isQueryOverdue } from '../domain/queries';
import { instantToDate, today } from '../domain/time';
import type { StakeholderQuery } from '../schemas';
import { QUERY_PRIORITY_LABELS, QUERY_STATUS_LABELS } from '../schemas/vocabulary';
import { heading, note, paragraph, title } from './blocks';
import { renderDocument, type DocumentPlan } from './compose';
import { documentDates } from './dates';
import type { DocumentOptions, QueryReportInput } from './inputs';
import { filtersLine } from './resolution-register';
import { dataTable, type CellContent } from './tables';
import { cleanLine } from './text';
import { COLOURS } from './theme';

export const AGE_BUCKETS = [
  { label: '0–7 days', max: 7 },
  { label: '8–14 days', max: 14 },
  { label: '15–30 days', max: 30 },
  { label: 'Over 30 days', max: Number.POSITIVE_INFINITY },
] as const;

const UNASSIGNED = 'Not yet assigned';

/** Whole calendar days from the day a query was received to `asAt`. */
export function queryAgeInDays(query: Pick<StakeholderQuery, 'receivedAt'>, asAt: string, timeZone: string): number {
  const received = instantToDate(query.receivedAt, timeZone);
  return Math.max(0, Math.round((Date.parse(`${asAt}T12:00:00Z`) - Date.parse(`${received}T12:00:00Z`)) / 86_400_000));
}

export function ageBucket(days: number): number {
  return AGE_BUCKETS.findIndex((bucket) => days <= bucket.max);
}

export interface DepartmentQueries {
  department: string;
  open: StakeholderQuery[];
  overdue: number;
  buckets: number[];
}

/** Open queries grouped by department (unassigned last), each with its overdue count and ages. */
export function queriesByDepartment(input: Pick<QueryReportInput, 'queries' | 'departments'>, asAt: string, timeZone: string): DepartmentQueries[] {
  const names = new Map(input.departments.map((d) => [d.id, cleanLine(d.name)]));
  const groups = new Map<string, DepartmentQueries>();
  for (const query of input.queries.filter(isQueryOpen)) {
    const department = query.departmentId ? (names.get(query.departmentId) ?? 'A department no longer in the records') : UNASSIGNED;
    const group = groups.get(department) ?? { department, open: [], overdue: 0, buckets: AGE_BUCKETS.map(() => 0) };
    group.open.push(query);
    if (isQueryOverdue(query, asAt)) group.overdue += 1;
    const bucket = ageBucket(queryAgeInDays(query, asAt, timeZone));
    group.buckets[bucket] = (group.buckets[bucket] ?? 0) + 1;
    groups.set(department, group);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.department === UNASSIGNED) - Number(b.department === UNASSIGNED) || a.department.localeCompare(b.department),
  );
}

function buildQueryReportPlan(input: QueryReportInput): DocumentPlan {
  const { municipality } = input;
  const timeZone = municipality.timeZone;
  const dates = documentDates(timeZone);
  const asAt = today(timeZone, input.generatedAt);
  const longDate = dates.longDate(input.generatedAt);
  const groups = queriesByDepartment(input, asAt, timeZone);
  const open = groups.reduce((sum, g) => sum + g.open.length, 0);
  const overdue = groups.reduce((sum, g) => sum + g.overdue, 0);
  const finished = input.queries.length - open;

  const summaryRows: CellContent[][] = groups.map((g) => [
    g.department,
    String(g.open.length),
    g.overdue > 0 ? { lines: [String(g.overdue)], boldFirst: true, colour: COLOURS.draft } : '0',
    ...g.buckets.map(String),
  ]);
  summaryRows.push([
    { lines: ['All departments'], boldFirst: true },
    { lines: [String(open)], boldFirst: true },
    { lines: [String(overdue)], boldFirst: true },
    ...AGE_BUCKETS.map((_, i) => ({ lines: [String(groups.reduce((sum, g) => sum + (g.buckets[i] ?? 0), 0))], boldFirst: true })),
  ]);

  const details: FileChild[] = groups.flatMap((g) => [
    heading(`${g.department}: ${g.open.length} open, ${g.overdue} overdue`, 2),
    dataTable(
      [
        { header: 'Reference', weight: 12 },
        { header: 'Received', weight: 9 },
        { header: 'Subject', weight: 24 },
        { header: 'Category', weight: 12 },
        { header: 'Ward', weight: 5 },
        { header: 'Priority', weight: 7 },
        { header: 'Status', weight: 10 },
        { header: 'Due', weight: 10 },
        { header: 'Age', weight: 5 },
        { header: 'Officer', weight: 10 },
      ],
      [...g.open]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.reference.localeCompare(b.reference))
        .map((q) => {
          const late = isQueryOverdue(q, asAt);
          return [
            { lines: [q.reference], boldFirst: true },
            dates.date(q.receivedAt),
            q.subject,
            q.category,
            q.ward ?? '',
            QUERY_PRIORITY_LABELS[q.priority],
            QUERY_STATUS_LABELS[q.status],
            late ? { lines: [dates.date(q.dueDate), 'Overdue'], colour: COLOURS.draft, boldFirst: false } : dates.date(q.dueDate),
            `${queryAgeInDays(q, asAt, timeZone)} d`,
            q.officer ?? '',
          ];
        }),
      true,
    ),
  ]);

  return {
    municipality,
    title: `Report on stakeholder queries, as at ${longDate}`,
    subject: 'Query report',
    runningTitle: `Stakeholder queries as at ${dates.date(input.generatedAt)}`,
    orientation: 'landscape',
    parts: [
      {
        children: [
          title('Report on stakeholder queries'),
          note(`As at ${longDate}. ${filtersLine(input.filters, 'All queries.')} Stakeholders are not named in this report.`),
          summaryParagraph(input.queries.length, open, overdue, finished),
          heading('Open and overdue queries by department', 1),
          ...(groups.length > 0
            ? [
                dataTable(
                  [
                    { header: 'Department', weight: 30 },
                    { header: 'Open', weight: 10 },
                    { header: 'Overdue', weight: 10 },
                    ...AGE_BUCKETS.map((b) => ({ header: `Open ${b.label.toLowerCase()}`, weight: 12.5 })),
                  ],
                  summaryRows,
                ),
                heading('Open queries per department', 1),
                ...details,
              ]
            : [paragraph('No open queries match these filters.', { italics: true })]),
        ],
      },
    ],
    fields: { body: '', meeting_date: longDate, meeting_time: '', venue: '', reference: 'Query report', date: longDate },
  };
}

function summaryParagraph(listed: number, open: number, overdue: number, finished: number) {
  const text = `${listed} ${listed === 1 ? 'query' : 'queries'} listed: ${open} open, of which ${overdue} overdue${
    finished > 0 ? `; ${finished} resolved or closed (counted here, not listed below)` : ''
  }.`;
  return paragraph(text, { bold: true });
}

/** The query report as .docx bytes. */
export function buildQueryReportDocument(input: QueryReportInput, options: DocumentOptions = {}): Promise<Uint8Array> {
  return renderDocument(buildQueryReportPlan(input), options);
}
