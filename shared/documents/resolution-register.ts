/**
 * The resolution register on landscape pages: number, date, body, title, responsible, due
 * date, status and the last progress note of every resolution listed, under the filters the
 * person applied, with a count per status. Failed and withdrawn motions are shown as such.
 */
import { lastProgress, registerStatus } from '../domain/resolutions';
import { today } from '../domain/time';
import type { Resolution } from '../schemas';
import { IMPLEMENTATION_STATUS_LABELS } from '../schemas/vocabulary';
import { heading, note, paragraph, title } from './blocks';
import { renderDocument, type DocumentPlan } from './compose';
import { documentDates, type DocumentDates } from './dates';
import { isResolutionConfidential } from './confidentiality';
import type { AppliedFilter, DocumentOptions, ResolutionRegisterInput } from './inputs';
import { createNames, type Names } from './names';
import { dataTable, type CellContent } from './tables';
import { cleanLine } from './text';
import { COLOURS } from './theme';

export const CONFIDENTIAL_RESOLUTION_TITLE = 'Confidential resolution (taken in committee)';

/** `Filters: Body: Council; Status: Overdue`, or a line saying the register is complete. */
export function filtersLine(filters: readonly AppliedFilter[], everything: string): string {
  const applied = filters.filter((f) => f.value.trim());
  return applied.length === 0 ? everything : `Filtered by ${applied.map((f) => `${cleanLine(f.label)}: ${cleanLine(f.value)}`).join('; ')}.`;
}

/**
 * The status the printed register shows: the outcome of a motion that was not carried, else
 * the status the register shows on screen (overdue worked out from the due date).
 */
export function registerStatusLabel(resolution: Resolution, asAt: string): { label: string; overdue: boolean } {
  if (resolution.outcome === 'failed') return { label: 'Motion failed', overdue: false };
  if (resolution.outcome === 'withdrawn') return { label: 'Motion withdrawn', overdue: false };
  if (resolution.outcome === 'pending') return { label: 'Vote not yet recorded', overdue: false };
  const status = registerStatus(resolution, asAt);
  return { label: IMPLEMENTATION_STATUS_LABELS[status], overdue: status === 'overdue' };
}

/** The latest progress note: `12 Nov 2026: Tender advertised. (Ronel Steyn)` */
export function lastProgressLine(resolution: Resolution, dates: DocumentDates): string {
  const latest = lastProgress(resolution);
  if (!latest) return '';
  return `${dates.date(latest.at)}: ${latest.note}${latest.by ? ` (${latest.by})` : ''}`;
}

export function responsibleLines(resolution: Resolution, names: Names): string[] {
  return [names.department(resolution.departmentId), resolution.responsibleOfficial ?? ''].filter((s) => s.trim());
}

function statusCounts(resolutions: readonly Resolution[], asAt: string): string {
  const counts = new Map<string, number>();
  for (const r of resolutions) {
    const { label, overdue } = registerStatusLabel(r, asAt);
    const key = overdue ? 'Overdue' : label;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${label}: ${count}`).join('   ·   ');
}

/** How a long build reports: rows prepared so far, then the Word file being written. */
export interface BuildProgress {
  (progress: { stage: 'rows'; done: number; total: number } | { stage: 'writing' }): void;
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 500;

function buildRegisterPlan(input: ResolutionRegisterInput, progress?: BuildProgress): DocumentPlan {
  const { municipality, audience } = input;
  const dates = documentDates(municipality.timeZone);
  const asAt = today(municipality.timeZone, input.generatedAt);
  const names = createNames({ bodies: input.bodies, departments: input.departments });
  const inCommitteeItems = new Set(input.inCommitteeItemIds ?? []);
  const total = input.resolutions.length;
  const rows: CellContent[][] = input.resolutions.map((r, index) => {
    if (progress && index % PROGRESS_EVERY === 0) progress({ stage: 'rows', done: index, total });
    const confidential = isResolutionConfidential(r, inCommitteeItems);
    const hidden = audience === 'public' && confidential;
    const status = registerStatusLabel(r, asAt);
    return [
      { lines: [r.number], boldFirst: true },
      dates.date(r.adoptedOn),
      names.body(r.bodyId),
      hidden ? CONFIDENTIAL_RESOLUTION_TITLE : confidential ? { lines: [r.title, 'In committee: confidential'] } : r.title,
      hidden ? '' : { lines: responsibleLines(r, names) },
      r.dueDate ? dates.date(r.dueDate) : '',
      status.overdue ? { lines: [status.label], boldFirst: true, colour: COLOURS.draft } : status.label,
      hidden ? '' : lastProgressLine(r, dates),
    ];
  });
  const longDate = dates.longDate(input.generatedAt);
  const bodiesListed = [...new Set(input.resolutions.map((r) => r.bodyId))];
  const oneBody = bodiesListed.length === 1 ? names.body(bodiesListed[0]) : '';
  return {
    municipality,
    title: `Resolution register${oneBody ? `: ${oneBody}` : ''}, as at ${longDate}`,
    subject: 'Resolution register',
    runningTitle: `Resolution register as at ${dates.date(input.generatedAt)}`,
    orientation: 'landscape',
    parts: [
      {
        children: [
          title('Resolution register'),
          note(`As at ${longDate}. ${filtersLine(input.filters, 'All resolutions in the register.')}`),
          ...(input.resolutions.length > 0
            ? [
                paragraph(
                  `${input.resolutions.length === 1 ? '1 resolution' : `${input.resolutions.length} resolutions`} listed. ${statusCounts(input.resolutions, asAt)}`,
                  { bold: true },
                ),
                heading('Resolutions', 1),
                dataTable(
                  [
                    { header: 'Number', weight: 9 },
                    { header: 'Date', weight: 8 },
                    { header: 'Body', weight: 10 },
                    { header: 'Title', weight: 22 },
                    { header: 'Responsible', weight: 14 },
                    { header: 'Due', weight: 8 },
                    { header: 'Status', weight: 10 },
                    { header: 'Last progress note', weight: 19 },
                  ],
                  rows,
                  true,
                ),
              ]
            : [paragraph('No resolutions match these filters.', { italics: true })]),
        ],
      },
    ],
    fields: { body: oneBody, meeting_date: longDate, meeting_time: '', venue: '', reference: 'Resolution register', date: longDate },
  };
}

/** The register as .docx bytes; `progress` hears of the rows prepared and of the writing. */
export function buildResolutionRegisterDocument(input: ResolutionRegisterInput, options: DocumentOptions = {}, progress?: BuildProgress): Promise<Uint8Array> {
  const plan = buildRegisterPlan(input, progress);
  progress?.({ stage: 'rows', done: input.resolutions.length, total: input.resolutions.length });
  progress?.({ stage: 'writing' });
  return renderDocument(plan, options);
}
