/**
 * What each Word document is built from: plain records from the schemas, gathered by the caller
 * (the renderer's export service, the sample script or a test). Builders never read a database.
 */
import type { AgendaItem, Body, Meeting, Member, Resolution, Stakeholder, StakeholderQuery } from '../schemas';
import type { Department, MunicipalitySettings } from '../settings/areas';

/** Who may read a document: the public version leaves out every in-committee item. */
export type Audience = 'public' | 'full';

/**
 * An agenda item with the number printed beside it (`7`, `7.1`, `7.2A`). Numbers are worked out
 * by the meetings feature (frozen once the agenda is issued), never by the document builders.
 */
export interface NumberedAgendaItem {
  item: AgendaItem;
  number: string;
}

/** The person who signs a notice or a letter. */
export interface Signatory {
  name: string;
  position: string;
}

/** What every document shares: whose letterhead, and when it was produced. */
export interface DocumentBasics {
  municipality: MunicipalitySettings;
  /** The moment the document is produced: its "as at" date. */
  generatedAt: Date;
}

export interface AgendaDocumentInput extends DocumentBasics {
  body: Body;
  meeting: Meeting;
  /** In agenda order, each with its printed number. */
  items: readonly NumberedAgendaItem[];
  /** Everyone the agenda may name: the chairperson, presenters who are members, and so on. */
  members: readonly Member[];
  departments: readonly Department[];
  audience: Audience;
  /** Who signs the notice; by default the municipal manager for Council, else the body's secretary. */
  signatory?: Signatory;
}

export interface MinutesDocumentInput extends DocumentBasics {
  body: Body;
  /** Its attendance register, opening and closing times and confirmation come from the record. */
  meeting: Meeting;
  items: readonly NumberedAgendaItem[];
  /** The resolutions and failed motions of this meeting; each is minuted under its agenda item. */
  resolutions: readonly Resolution[];
  members: readonly Member[];
  departments: readonly Department[];
  audience: Audience;
  /** The later meeting that confirmed these minutes, when `meeting.confirmedByMeetingId` is set. */
  confirmingMeeting?: Meeting | null;
  /** The body of the confirming meeting, to name it ("Council"). */
  confirmingBody?: Body | null;
}

/** A filter applied on screen, as the person sees it: `{ label: 'Status', value: 'Overdue' }`. */
export interface AppliedFilter {
  label: string;
  value: string;
}

export interface ResolutionRegisterInput extends DocumentBasics {
  /** The register rows, already filtered and in the order they are to be printed. */
  resolutions: readonly Resolution[];
  bodies: readonly Body[];
  departments: readonly Department[];
  /** The filters the list was narrowed by, printed under the title; empty for the whole register. */
  filters: readonly AppliedFilter[];
  audience: Audience;
  /**
   * Agenda items taken in committee (with their sub-items): a resolution on one of them is
   * confidential even if its own `inCommittee` flag was never set.
   */
  inCommitteeItemIds?: readonly string[];
}

/** A quarter of the municipal financial year (July to June): quarter 1 is July to September. */
export interface FinancialQuarter {
  /** The calendar year the financial year starts in: 2026 for 2026/27. */
  financialYear: number;
  quarter: 1 | 2 | 3 | 4;
}

export interface QuarterlyReportInput extends DocumentBasics {
  body: Body;
  quarter: FinancialQuarter;
  /** The body's resolutions; the report selects those that belong in the quarter. */
  resolutions: readonly Resolution[];
  /** Meetings the resolutions were taken at, to describe where each came from. */
  meetings: readonly Meeting[];
  departments: readonly Department[];
  audience: Audience;
  /** As for the register: items taken in committee, whose resolutions are confidential. */
  inCommitteeItemIds?: readonly string[];
}

export interface QueryReportInput extends DocumentBasics {
  /** The queries as listed on screen (already filtered); the report counts the open ones. */
  queries: readonly StakeholderQuery[];
  departments: readonly Department[];
  filters: readonly AppliedFilter[];
}

export interface AcknowledgementLetterInput extends DocumentBasics {
  query: StakeholderQuery;
  /** Null when the stakeholder's details were erased (POPIA): the letter then has no addressee. */
  stakeholder: Stakeholder | null;
  departments: readonly Department[];
  signatory: Signatory;
  /** While the query waits for the stakeholder: what was asked of them (from the timeline). */
  awaiting?: string | undefined;
}

/** How a document is produced, beside what it says. */
export interface DocumentOptions {
  /**
   * The municipality's own letterhead (.docx with `{{content}}`), applied with docx's
   * patchDocument; the built-in letterhead when absent.
   */
  template?: Uint8Array | null;
  /** The person producing the document, recorded as "last modified by" in the file properties. */
  author?: string;
}
