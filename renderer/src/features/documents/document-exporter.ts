/**
 * Exports Word documents from the records: gathers what each document needs through the
 * repositories, builds it with the shared builders (loaded on first use), pours it into the
 * municipality's letterhead template when one is set, and saves it through the platform: the
 * native save dialog in the desktop app, a download in the browser.
 *
 * A template that fails at export time never costs the person their document: the built-in
 * letterhead is used and they are told why.
 */
import { firstValueFrom } from 'rxjs';
import { sittingDate } from '@shared/domain/meeting-integrity';
import { filterRegister, type RegisterFilters } from '@shared/domain/resolutions';
import { instantToDate, today } from '@shared/domain/time';
import { awaitedOf } from '@shared/documents/awaited';
import { inCommitteeItemIds } from '@shared/documents/confidentiality';
import {
  acknowledgementFileName,
  agendaFileName,
  minutesFileName,
  quarterlyReportFileName,
  queryReportFileName,
  registerFileName,
} from '@shared/documents/file-names';
import type { AppliedFilter, Audience, DocumentOptions, FinancialQuarter, NumberedAgendaItem, Signatory } from '@shared/documents/inputs';
import { minutesStage } from '@shared/documents/minutes-stage';
import { describeRegisterFilters } from '@shared/documents/register-filters';
import type { QuorumApi, SaveFileResult } from '@shared/ipc-contract';
import type { Body, Meeting, Resolution, StakeholderQuery } from '@shared/schemas';
import type { Repositories } from '../../db/repositories';
import type * as BuildersModule from './builders';
import type { BuildHooks } from './register-build';
import { buildWithLetterhead } from './letterhead';

export const WORD_FILTERS = [{ name: 'Word document', extensions: ['docx'] }];

/** A document that cannot be produced, with the reason in words a secretary can act on. */
export class DocumentExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentExportError';
  }
}

export interface ExportOutcome {
  fileName: string;
  result: SaveFileResult;
  /** Something to tell the person besides the result, such as the template not being usable. */
  notice?: string;
}

export interface DocumentExporterDeps {
  repos: Repositories;
  files: Pick<QuorumApi['files'], 'save'>;
  now: () => Date;
  /** The person exporting: "last modified by" in the file, and the default signatory of letters. */
  author: () => string;
}

type Builders = typeof BuildersModule;
type Build = (builders: Builders, options: DocumentOptions) => Promise<Uint8Array>;

export interface DocumentExporter {
  agenda(meetingId: string, items: readonly NumberedAgendaItem[], audience: Audience): Promise<ExportOutcome>;
  minutes(meetingId: string, items: readonly NumberedAgendaItem[], audience: Audience): Promise<ExportOutcome>;
  /** Built off the page's main thread, with progress and a Cancel (`hooks.signal`). */
  resolutionRegister(filters: RegisterFilters, hooks?: BuildHooks): Promise<ExportOutcome>;
  quarterlyReport(bodyId: string, quarter: FinancialQuarter, audience: Audience): Promise<ExportOutcome>;
  /** `departmentName`: the one department whose queries are listed, which names the file. */
  queryReport(queries: readonly StakeholderQuery[], filters: readonly AppliedFilter[], departmentName?: string): Promise<ExportOutcome>;
  acknowledgementLetter(queryId: string, signatory?: Signatory): Promise<ExportOutcome>;
}

export function createDocumentExporter(deps: DocumentExporterDeps): DocumentExporter {
  const { repos } = deps;

  async function municipalityOrThrow() {
    const municipality = await repos.settings.getArea('municipality');
    if (!municipality.name.trim()) throw new DocumentExportError('Enter the municipality’s name in Settings first: every document carries it.');
    return municipality;
  }

  async function meetingAndBody(meetingId: string): Promise<{ meeting: Meeting; body: Body }> {
    const meeting = await repos.meetings.findById(meetingId);
    if (!meeting) throw new DocumentExportError('This meeting no longer exists: it may have been deleted on another device.');
    const body = await repos.bodies.findById(meeting.bodyId);
    if (!body) throw new DocumentExportError('The body this meeting belongs to is no longer in the records.');
    return { meeting, body };
  }

  /** Builds with the letterhead (the stored template, or the built-in one with a notice), and saves. */
  async function produce(fileName: string, build: Build): Promise<ExportOutcome> {
    const builders = await import('./builders');
    const author = deps.author().trim();
    const { bytes, notice } = await buildWithLetterhead(repos.settings, author ? { author } : {}, (options) => build(builders, options));
    const result = await deps.files.save({ suggestedName: fileName, bytes, filters: WORD_FILTERS });
    return notice ? { fileName, result, notice } : { fileName, result };
  }

  /** Resolutions of several meetings, with the in-committee items of those meetings. */
  async function inCommitteeItemsOf(resolutions: readonly Resolution[]): Promise<string[]> {
    const meetingIds = [...new Set(resolutions.filter((r) => r.agendaItemId && !r.inCommittee).map((r) => r.meetingId))];
    const lists = await Promise.all(meetingIds.map((id) => repos.agenda.listForMeeting(id)));
    return lists.flatMap((items) => inCommitteeItemIds(items));
  }

  return {
    async agenda(meetingId, items, audience) {
      const [municipality, { meeting, body }, members, departments] = await Promise.all([
        municipalityOrThrow(),
        meetingAndBody(meetingId),
        firstValueFrom(repos.members.watchAll()),
        repos.settings.getArea('departments'),
      ]);
      const fileName = agendaFileName(instantToDate(meeting.startsAt, municipality.timeZone), body.name, audience);
      return produce(fileName, (b, options) =>
        b.buildAgendaDocument({ municipality, generatedAt: deps.now(), body, meeting, items, members, departments: departments.items, audience }, options),
      );
    },

    async minutes(meetingId, items, audience) {
      const [municipality, { meeting, body }, members, departments, resolutions] = await Promise.all([
        municipalityOrThrow(),
        meetingAndBody(meetingId),
        firstValueFrom(repos.members.watchAll()),
        repos.settings.getArea('departments'),
        firstValueFrom(repos.resolutions.watchForMeeting(meetingId)),
      ]);
      const confirmingMeeting = meeting.confirmedByMeetingId ? await repos.meetings.findById(meeting.confirmedByMeetingId) : null;
      const confirmingBody = confirmingMeeting ? await repos.bodies.findById(confirmingMeeting.bodyId) : null;
      const stage = minutesStage(meeting);
      const fileName = minutesFileName(sittingDate(meeting, municipality.timeZone), body.name, stage, audience);
      return produce(fileName, (b, options) =>
        b.buildMinutesDocument(
          {
            municipality,
            generatedAt: deps.now(),
            body,
            meeting,
            items,
            resolutions,
            members,
            departments: departments.items,
            audience,
            confirmingMeeting,
            confirmingBody,
          },
          options,
        ),
      );
    },

    async resolutionRegister(filters, hooks = {}) {
      const [municipality, all, bodies, departments] = await Promise.all([
        municipalityOrThrow(),
        firstValueFrom(repos.resolutions.watchAll()),
        firstValueFrom(repos.bodies.watchAll()),
        repos.settings.getArea('departments'),
      ]);
      const now = deps.now();
      // The same filter as the page, so the printed register is what the person sees.
      const resolutions = filterRegister(all, filters, today(municipality.timeZone, now));
      const applied = describeRegisterFilters(filters, { bodies, departments: departments.items, timeZone: municipality.timeZone });
      const inCommittee = await inCommitteeItemsOf(resolutions);
      const body = filters.bodyId ? bodies.find((b) => b.id === filters.bodyId)?.name : undefined;
      const { buildRegister } = await import('./register-build');
      const input = {
        municipality,
        generatedAt: now,
        resolutions,
        bodies,
        departments: departments.items,
        filters: applied,
        audience: 'full' as const,
        inCommitteeItemIds: inCommittee,
      };
      return produce(registerFileName(today(municipality.timeZone, now), body), (_b, options) => buildRegister({ input, options }, hooks));
    },

    async quarterlyReport(bodyId, quarter, audience) {
      const [municipality, body, all, meetings, departments] = await Promise.all([
        municipalityOrThrow(),
        repos.bodies.findById(bodyId),
        firstValueFrom(repos.resolutions.watchAll()),
        firstValueFrom(repos.meetings.watchAll()),
        repos.settings.getArea('departments'),
      ]);
      if (!body) throw new DocumentExportError('That body is no longer in the records.');
      const resolutions = all.filter((r) => r.bodyId === body.id);
      const inCommittee = await inCommitteeItemsOf(resolutions);
      return produce(quarterlyReportFileName(quarter, body.name), (b, options) =>
        b.buildQuarterlyReportDocument(
          {
            municipality,
            generatedAt: deps.now(),
            body,
            quarter,
            resolutions,
            meetings,
            departments: departments.items,
            audience,
            inCommitteeItemIds: inCommittee,
          },
          options,
        ),
      );
    },

    async queryReport(queries, filters, departmentName) {
      const [municipality, departments] = await Promise.all([municipalityOrThrow(), repos.settings.getArea('departments')]);
      const now = deps.now();
      return produce(queryReportFileName(today(municipality.timeZone, now), departmentName), (b, options) =>
        b.buildQueryReportDocument({ municipality, generatedAt: now, queries, departments: departments.items, filters }, options),
      );
    },

    async acknowledgementLetter(queryId, signatory) {
      const [municipality, query, departments] = await Promise.all([
        municipalityOrThrow(),
        repos.queries.findById(queryId),
        repos.settings.getArea('departments'),
      ]);
      if (!query) throw new DocumentExportError('This query no longer exists: it may have been deleted on another device.');
      const stakeholder = query.stakeholderId ? await repos.stakeholders.findById(query.stakeholderId) : null;
      const signer = signatory ?? { name: deps.author() || 'Council Support', position: 'For the Municipal Manager' };
      // The letter follows the query's status: one waiting for the stakeholder says what is awaited.
      const awaiting = query.status === 'awaiting_stakeholder' ? awaitedOf(await repos.queryTimeline.findForQueries([query.id])) : undefined;
      return produce(acknowledgementFileName(query.reference), (b, options) =>
        b.buildAcknowledgementLetter(
          { municipality, generatedAt: deps.now(), query, stakeholder, departments: departments.items, signatory: signer, awaiting },
          options,
        ),
      );
    },
  };
}
