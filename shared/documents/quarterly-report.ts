/**
 * The quarterly "Progress report on the implementation of council resolutions" of one body,
 * in the columns councils table for MPAC: Item | Description | Resolution | Responsibility |
 * Progress | Status. Landscape, with a count per status above the table.
 */
import { meetingReferenceOf } from '../domain/meeting-integrity';
import { IMPLEMENTATION_STATUS_LABELS, type ImplementationStatus } from '../schemas/vocabulary';
import { heading, note, paragraph, title } from './blocks';
import { renderDocument, type DocumentPlan } from './compose';
import { documentDates } from './dates';
import { isResolutionConfidential } from './confidentiality';
import type { DocumentOptions, QuarterlyReportInput } from './inputs';
import { createNames } from './names';
import { progressInQuarter, quarterLabel, quarterRange, selectQuarterResolutions, statusAtEndOf } from './quarters';
import { CONFIDENTIAL_RESOLUTION_TITLE, responsibleLines } from './resolution-register';
import { resolutionBody } from './resolution-block';
import { dataTable, type CellContent } from './tables';
import { cleanLine } from './text';
import { COLOURS } from './theme';

export const QUARTERLY_REPORT_TITLE = 'Progress report on the implementation of council resolutions';

function buildQuarterlyPlan(input: QuarterlyReportInput): DocumentPlan {
  const { municipality, body, quarter, audience } = input;
  const timeZone = municipality.timeZone;
  const dates = documentDates(timeZone);
  const { end } = quarterRange(quarter);
  const names = createNames({ departments: input.departments });
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const selected = selectQuarterResolutions(
    input.resolutions.filter((r) => r.bodyId === body.id),
    quarter,
    timeZone,
  );
  const counts = new Map<ImplementationStatus | 'overdue', number>();
  const inCommitteeItems = new Set(input.inCommitteeItemIds ?? []);

  const rows: CellContent[][] = selected.map((r, index) => {
    const status = statusAtEndOf(r, quarter, timeZone);
    const overdue = status === 'overdue' || (!!r.dueDate && r.dueDate < end && status !== 'implemented' && status !== 'revoked');
    counts.set(overdue ? 'overdue' : status, (counts.get(overdue ? 'overdue' : status) ?? 0) + 1);
    const statusCell: CellContent = {
      lines: [
        overdue && status !== 'overdue' ? `${IMPLEMENTATION_STATUS_LABELS[status]} (overdue)` : IMPLEMENTATION_STATUS_LABELS[status],
        r.dueDate ? `Due ${dates.date(r.dueDate)}` : 'No due date',
      ],
      boldFirst: true,
      ...(overdue ? { colour: COLOURS.draft } : {}),
    };
    const confidential = isResolutionConfidential(r, inCommitteeItems);
    if (audience === 'public' && confidential) {
      return [String(index + 1), CONFIDENTIAL_RESOLUTION_TITLE, r.number, '', '', statusCell];
    }
    const meeting = meetings.get(r.meetingId);
    const reference = meeting ? meetingReferenceOf(meeting, body) : '';
    const from = `${body.name}, ${dates.date(r.adoptedOn)}${reference ? ` (${reference})` : ''}`;
    const notes = progressInQuarter(r, quarter, timeZone);
    const progress = notes.length
      ? notes.map((n) => `${dates.date(n.at)}: ${n.note}`)
      : [r.progress.length ? 'No progress reported this quarter.' : 'No progress reported yet.'];
    return [
      String(index + 1),
      { lines: [r.title, from, ...(confidential ? ['In committee: confidential'] : [])], boldFirst: true },
      { lines: [r.number, resolutionBody(r)], boldFirst: true },
      { lines: responsibleLines(r, names) },
      { lines: progress },
      statusCell,
    ];
  });

  const summary = [...counts].map(([status, count]) => `${status === 'overdue' ? 'Overdue' : IMPLEMENTATION_STATUS_LABELS[status]}: ${count}`).join('   ·   ');
  const period = quarterLabel(quarter);
  const longDate = dates.longDate(input.generatedAt);
  return {
    municipality,
    title: `${QUARTERLY_REPORT_TITLE}: ${body.name}, ${period}`,
    subject: 'Quarterly progress report on resolutions',
    runningTitle: `Progress on resolutions: ${cleanLine(body.name)}, ${period.replace(/ \(.*\)$/, '')}`,
    orientation: 'landscape',
    parts: [
      {
        children: [
          title(QUARTERLY_REPORT_TITLE),
          paragraph(`${body.name}: ${period}`, { bold: true }),
          note(
            `Prepared on ${longDate}. Lists every resolution of ${cleanLine(body.name)} adopted by the end of the quarter that was still open when the quarter began, or adopted during it.${
              audience === 'public' ? ' Resolutions taken in committee are listed without their content.' : ''
            }`,
          ),
          ...(rows.length > 0
            ? [
                paragraph(`${rows.length === 1 ? '1 resolution' : `${rows.length} resolutions`}. ${summary}`, { bold: true }),
                heading('Resolutions and their implementation', 1),
                dataTable(
                  [
                    { header: 'Item', weight: 5 },
                    { header: 'Description', weight: 19 },
                    { header: 'Resolution', weight: 27 },
                    { header: 'Responsibility', weight: 14 },
                    { header: 'Progress', weight: 23 },
                    { header: 'Status', weight: 12 },
                  ],
                  rows,
                  true,
                ),
              ]
            : [paragraph(`${cleanLine(body.name)} has no resolutions to report on for this quarter.`, { italics: true })]),
        ],
      },
    ],
    fields: { body: body.name, meeting_date: period, meeting_time: '', venue: '', reference: period, date: longDate },
  };
}

/** The quarterly report as .docx bytes. */
export function buildQuarterlyReportDocument(input: QuarterlyReportInput, options: DocumentOptions = {}): Promise<Uint8Array> {
  return renderDocument(buildQuarterlyPlan(input), options);
}
