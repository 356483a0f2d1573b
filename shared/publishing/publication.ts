/**
 * What Quorum publishes for residents: the contract between the app (which writes publications)
 * and the public portal (which only reads them). Publications live in their own CouchDB database
 * per municipality (`<prefix>public`), readable by anyone and writable only by the secretariat.
 *
 * A publication is a snapshot: plain text and numbers a resident can read, taken when the
 * secretary pressed Publish, never a live record. Nothing in-committee or confidential is ever
 * in it (no title, no text, no number, no gap in the numbering, no attachment). Record ids and
 * internal statuses never appear in it either: the portal shows every field as it stands.
 */

/** The database suffix beside the app's collection databases: `quorum_mopane_ridge_public`. */
export const PUBLIC_DATABASE_SUFFIX = 'public';

export function publicDatabaseName(prefix: string): string {
  return `${prefix}${PUBLIC_DATABASE_SUFFIX}`;
}

/** The document that names the municipality on the portal (`_id` = SITE_DOC_ID). */
export const SITE_DOC_ID = 'site';

export interface PublicSite {
  _id: typeof SITE_DOC_ID;
  type: 'site';
  /** The letterhead name, e.g. "Mopane Ridge Local Municipality". */
  municipality: string;
  /** Address lines and contact lines of the letterhead, as printed. */
  address: string[];
  contact: string[];
  /** ISO 8601 instant. */
  updatedAt: string;
  /** The logo, when the letterhead has one, as attachment `logo` (its content type kept). */
  _attachments?: Record<string, PublicAttachment>;
}

export type PublicationKind = 'agenda' | 'minutes' | 'register';

/** A paragraph of published text: plain text only; the portal never renders it as markup. */
export interface PublicBlock {
  kind: 'paragraph' | 'heading' | 'bullet' | 'numbered';
  text: string;
}

export interface PublicMeeting {
  /** The meeting's reference as printed, e.g. "OC 10/2026". */
  reference: string;
  title: string;
  /** Body code and name, e.g. "OC" and "Ordinary Council". */
  bodyCode: string;
  bodyName: string;
  /** "Ordinary meeting", "Special meeting", … as a resident reads it. */
  kindLabel: string;
  /** ISO 8601 instants with offset; the portal shows them in en-ZA, Africa/Johannesburg. */
  startsAt: string;
  endsAt?: string;
  venue: string;
}

export interface PublicAgendaItem {
  /** The printed number, e.g. "7" or "7.2". */
  number: string;
  title: string;
  presenter?: string;
  summary: PublicBlock[];
  /** Present for a late item, with the reason as recorded. */
  late?: { reason: string };
  /**
   * Added by the app (optional): true for an item taken in committee, published only as its
   * number and the title "Confidential item" (no presenter, no summary), as the public Word
   * agenda prints it, so the numbering has no gap.
   */
  withheld?: true;
}

export interface PublicResolution {
  /** The printed number, e.g. "C 10/2026". */
  number: string;
  title: string;
  text: PublicBlock[];
  meetingReference: string;
  bodyCode: string;
  bodyName: string;
  /** ISO 8601 date (yyyy-mm-dd) of the meeting that adopted it. */
  adoptedOn: string;
  mover?: string;
  seconder?: string;
  /** "Carried", "Carried unanimously", "Not carried", … as printed in the minutes. */
  outcome: string;
  /** The implementation status as a resident reads it: "Not started", "In progress", "Implemented", … */
  status: string;
  /** The latest progress note a resident may read, with its date (yyyy-mm-dd). */
  progress?: { on: string; text: string };
}

export interface PublicMinutesItem {
  number: string;
  title: string;
  discussion: PublicBlock[];
  resolutions: PublicResolution[];
  /** Added by the app (optional): as PublicAgendaItem.withheld (discussion and resolutions empty). */
  withheld?: true;
}

export interface PublicAgendaContent {
  kind: 'agenda';
  meeting: PublicMeeting;
  items: PublicAgendaItem[];
}

export interface PublicMinutesContent {
  kind: 'minutes';
  meeting: PublicMeeting;
  /** When the minutes were confirmed, and at which meeting (its reference), as printed. */
  confirmedOn: string;
  confirmedAt?: string;
  /** Attendance as printed: names under "Present", "Apologies", "Absent", "In attendance". */
  attendance: Array<{ heading: string; names: string[] }>;
  items: PublicMinutesItem[];
}

export interface PublicRegisterContent {
  kind: 'register';
  resolutions: PublicResolution[];
}

export type PublicContent = PublicAgendaContent | PublicMinutesContent | PublicRegisterContent;

export interface PublicAttachment {
  content_type: string;
  /** Base64 when written; CouchDB answers `stub: true` and a length when read without attachments. */
  data?: string;
  stub?: boolean;
  length?: number;
}

/**
 * What a withdrawn document was about, as residents knew it from the version withdrawn: the
 * meeting's title, reference, body and start, or the register's body. Never the document's text:
 * the portal names the entry ("Finance Portfolio Committee, FPC 11/2026") instead of its key.
 */
export interface WithdrawnSubject {
  title: string;
  reference?: string;
  bodyName?: string;
  /** ISO 8601 instant of the meeting's start. */
  startsAt?: string;
}

/** The subject kept when `content` is withdrawn; undefined when there is nothing to name. */
export function withdrawnSubject(content: PublicContent | undefined): WithdrawnSubject | undefined {
  if (!content) return undefined;
  if (content.kind === 'register') {
    const bodyName = content.resolutions[0]?.bodyName;
    return bodyName ? { title: `${bodyName}: resolutions register`, bodyName } : undefined;
  }
  const { title, reference, bodyName, startsAt } = content.meeting;
  return { title, reference, bodyName, startsAt };
}

/**
 * One published document. `_id` is `agenda:<key>`, `minutes:<key>` or `register:<body code>`
 * where `<key>` is derived from the meeting reference (lowercase, `-` for anything else:
 * "OC 10/2026" → `oc-10-2026`), so the portal's addresses read like the reference.
 */
export interface Publication {
  _id: string;
  _rev?: string;
  type: 'publication';
  kind: PublicationKind;
  state: 'published' | 'withdrawn';
  /** 1 for the first publication, +1 for each correction. */
  version: number;
  /** ISO 8601 instants; `publishedBy` is a person's display name, never an account id. */
  firstPublishedAt: string;
  publishedAt: string;
  publishedBy: string;
  /** Present once corrected: when, and the note a resident reads ("Item 7's title corrected."). */
  correction?: { at: string; note: string };
  /** Present once withdrawn: the portal keeps the entry and says it was withdrawn, when and why. */
  withdrawal?: { at: string; reason: string; subject?: WithdrawnSubject };
  /** Absent once withdrawn (the text is no longer shown). */
  content?: PublicContent;
  /** The public Word document as attachment `<name>.docx`. */
  _attachments?: Record<string, PublicAttachment>;
}

/** "OC 10/2026" → "oc-10-2026": the key in a publication's id and the portal's address. */
export function publicationKey(reference: string): string {
  const key = reference
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!key) throw new RangeError('A publication needs a reference with at least one letter or digit.');
  return key;
}

export function publicationId(kind: PublicationKind, key: string): string {
  return `${kind}:${key}`;
}
