/**
 * What the portal shows, worked out from the published documents alone: meetings by body
 * (next and past), each with its agenda and minutes, and the resolutions register with its
 * filters and search. Pure: the pages, the calendar feed and the tests share it.
 */
import type { Publication, PublicMeeting, PublicResolution, PublicationKind, PublicBlock, WithdrawnSubject } from '../../../shared/publishing/publication';

export interface MeetingEntry {
  /** The key from the meeting reference (`oc-10-2026`): the page's address. */
  key: string;
  /** From the agenda or the minutes; null when both are withdrawn (their text is gone). */
  meeting: PublicMeeting | null;
  agenda?: Publication;
  minutes?: Publication;
}

/**
 * Orders text as a reader expects (numbers by value); plain code-point order where the engine has
 * no localeCompare (CouchDB's QuickJS, which runs the calendar feed's list function).
 */
export function compareText(a: string, b: string): number {
  if (typeof ''.localeCompare === 'function') return a.localeCompare(b, 'en-ZA', { numeric: true });
  return a < b ? -1 : a > b ? 1 : 0;
}

const KINDS: readonly PublicationKind[] = ['agenda', 'minutes', 'register'];

/** `agenda:oc-10-2026` → kind and key; null for anything that is not a publication's id. */
export function splitPublicationId(id: string): { kind: PublicationKind; key: string } | null {
  const at = id.indexOf(':');
  if (at <= 0) return null;
  const kind = id.slice(0, at) as PublicationKind;
  const key = id.slice(at + 1);
  return KINDS.includes(kind) && key ? { kind, key } : null;
}

export function isPublication(doc: unknown): doc is Publication {
  if (typeof doc !== 'object' || doc === null) return false;
  const d = doc as Partial<Publication>;
  return (
    d.type === 'publication' &&
    typeof d._id === 'string' &&
    splitPublicationId(d._id) !== null &&
    (d.state === 'published' || d.state === 'withdrawn') &&
    typeof d.publishedAt === 'string'
  );
}

/** Is the text there to show? Withdrawn publications keep only the notice. */
export function isShown(publication: Publication | undefined): publication is Publication & { content: NonNullable<Publication['content']> } {
  return publication !== undefined && publication.state === 'published' && publication.content !== undefined;
}

function meetingOf(publication: Publication | undefined): PublicMeeting | null {
  const content = publication?.content;
  return content && content.kind !== 'register' ? content.meeting : null;
}

/** Every meeting with a published (or withdrawn) agenda or minutes, by key. */
export function meetingEntries(publications: readonly Publication[]): MeetingEntry[] {
  const byKey = new Map<string, MeetingEntry>();
  for (const publication of publications) {
    const id = splitPublicationId(publication._id);
    if (!id || id.kind === 'register') continue;
    const entry = byKey.get(id.key) ?? { key: id.key, meeting: null };
    entry[id.kind] = publication;
    byKey.set(id.key, entry);
  }
  for (const entry of byKey.values()) {
    // The minutes' copy is the later one (a meeting's details can be corrected before confirmation).
    entry.meeting = (isShown(entry.minutes) ? meetingOf(entry.minutes) : null) ?? (isShown(entry.agenda) ? meetingOf(entry.agenda) : null);
  }
  return [...byKey.values()];
}

/** What the withdrawn documents of an entry were about (the minutes' copy first), when they say. */
export function withdrawnSubjectOf(entry: MeetingEntry): WithdrawnSubject | null {
  return entry.minutes?.withdrawal?.subject ?? entry.agenda?.withdrawal?.subject ?? null;
}

/**
 * A meeting's name for a resident: its title; when all is withdrawn, the title the withdrawn
 * document had, or (for one withdrawn before documents named their subject) its reference.
 */
export function meetingName(entry: MeetingEntry): string {
  if (entry.meeting) return entry.meeting.title;
  return withdrawnSubjectOf(entry)?.title ?? `Meeting ${entry.key.toUpperCase()}`;
}

function meetingEnd(meeting: PublicMeeting): number {
  return Date.parse(meeting.endsAt ?? meeting.startsAt);
}

export interface BodyMeetings {
  bodyCode: string;
  bodyName: string;
  meetings: Array<MeetingEntry & { meeting: PublicMeeting }>;
}

export interface MeetingOverview {
  /** Meetings not yet over, by body (bodies by name), soonest first. */
  upcoming: BodyMeetings[];
  /** Meetings that are over, latest first. */
  past: Array<MeetingEntry & { meeting: PublicMeeting }>;
  /** Entries whose every document was withdrawn: only the notice is left. */
  withdrawn: MeetingEntry[];
}

export function meetingOverview(entries: readonly MeetingEntry[], now: Date): MeetingOverview {
  const upcoming = new Map<string, BodyMeetings>();
  const past: MeetingOverview['past'] = [];
  const withdrawn: MeetingEntry[] = [];
  for (const entry of entries) {
    const meeting = entry.meeting;
    if (!meeting) {
      withdrawn.push(entry);
      continue;
    }
    const withMeeting = { ...entry, meeting };
    if (meetingEnd(meeting) >= now.getTime()) {
      const body = upcoming.get(meeting.bodyCode) ?? { bodyCode: meeting.bodyCode, bodyName: meeting.bodyName, meetings: [] };
      body.meetings.push(withMeeting);
      upcoming.set(meeting.bodyCode, body);
    } else {
      past.push(withMeeting);
    }
  }
  const byStart = (a: { meeting: PublicMeeting }, b: { meeting: PublicMeeting }) => Date.parse(a.meeting.startsAt) - Date.parse(b.meeting.startsAt);
  const bodies = [...upcoming.values()].sort((a, b) => compareText(a.bodyName, b.bodyName));
  for (const body of bodies) body.meetings.sort(byStart);
  past.sort((a, b) => byStart(b, a));
  withdrawn.sort((a, b) => compareText(a.key, b.key));
  return { upcoming: bodies, past, withdrawn };
}

// ---------------------------------------------------------------------------------------------
// The resolutions register

export interface RegisterView {
  resolutions: PublicResolution[];
  /** Register publications withdrawn: the portal says so. */
  withdrawn: Publication[];
  /** Register publications corrected: the portal says so. */
  corrected: Publication[];
}

/** Every public resolution from the published registers, latest first. */
export function registerView(publications: readonly Publication[]): RegisterView {
  const view: RegisterView = { resolutions: [], withdrawn: [], corrected: [] };
  for (const publication of publications) {
    if (splitPublicationId(publication._id)?.kind !== 'register') continue;
    if (publication.state === 'withdrawn') {
      view.withdrawn.push(publication);
      continue;
    }
    if (publication.correction) view.corrected.push(publication);
    if (publication.content?.kind === 'register') view.resolutions.push(...publication.content.resolutions);
  }
  view.resolutions.sort((a, b) => compareText(b.adoptedOn, a.adoptedOn) || compareText(a.number, b.number));
  return view;
}

export interface RegisterFilter {
  body: string;
  year: string;
  status: string;
  search: string;
}

export const NO_FILTER: RegisterFilter = { body: '', year: '', status: '', search: '' };

const FILTER_PARAMS: Record<keyof RegisterFilter, string> = { body: 'body', year: 'year', status: 'status', search: 'q' };

export function filterFromQuery(query: URLSearchParams): RegisterFilter {
  const read = (name: string) => (query.get(name) ?? '').slice(0, 200);
  return { body: read('body'), year: read('year'), status: read('status'), search: read('q') };
}

export function filterToQuery(filter: RegisterFilter): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as Array<keyof RegisterFilter>) {
    const value = filter[key].trim();
    if (value) query.set(FILTER_PARAMS[key], value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Lower case, accents and odd spacing gone: "Établissement  Road" finds "etablissement road". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function blocksText(blocks: readonly PublicBlock[]): string {
  return blocks.map((block) => block.text).join(' ');
}

function searchableText(resolution: PublicResolution): string {
  return foldText(
    [
      resolution.number,
      resolution.title,
      blocksText(resolution.text),
      resolution.meetingReference,
      resolution.bodyCode,
      resolution.bodyName,
      resolution.mover ?? '',
      resolution.seconder ?? '',
      resolution.outcome,
      resolution.status,
      resolution.progress?.text ?? '',
    ].join(' '),
  );
}

/** The resolutions that pass every filter; the search needs every word somewhere in one resolution. */
export function filterResolutions(resolutions: readonly PublicResolution[], filter: RegisterFilter): PublicResolution[] {
  const words = foldText(filter.search).split(' ').filter(Boolean);
  return resolutions.filter((resolution) => {
    if (filter.body && resolution.bodyCode !== filter.body) return false;
    if (filter.year && resolution.adoptedOn.slice(0, 4) !== filter.year) return false;
    if (filter.status && resolution.status !== filter.status) return false;
    if (words.length === 0) return true;
    const text = searchableText(resolution);
    return words.every((word) => text.includes(word));
  });
}

export interface RegisterFacets {
  bodies: Array<{ code: string; name: string }>;
  years: string[];
  statuses: string[];
}

/** The choices the filters offer: only what the register holds. */
export function registerFacets(resolutions: readonly PublicResolution[]): RegisterFacets {
  const bodies = new Map<string, string>();
  const years = new Set<string>();
  const statuses = new Set<string>();
  for (const resolution of resolutions) {
    bodies.set(resolution.bodyCode, resolution.bodyName);
    years.add(resolution.adoptedOn.slice(0, 4));
    statuses.add(resolution.status);
  }
  return {
    bodies: [...bodies].map(([code, name]) => ({ code, name })).sort((a, b) => compareText(a.name, b.name)),
    years: [...years].sort().reverse(),
    statuses: [...statuses].sort(compareText),
  };
}
