/**
 * The rules of publishing (issue 19): who may publish, which state of a meeting allows which act,
 * and what each act (publish, withdraw, publish a correction) makes of the publication. Pure:
 * the app checks them before queueing an act and again when the act reaches the server (against
 * the publication the server holds then), and the server's validate_doc_update (./public-database)
 * enforces the same role and shape whatever a laptop sends.
 */
import type { KnownAccount } from '../couch/permissions';
import { isServerAdmin, roleName } from '../couch/permissions';
import { minutesStage } from '../documents/minutes-stage';
import type { Meeting } from '../schemas';
import { MEETING_STATUS_LABELS } from '../schemas/vocabulary';
import { withdrawnSubject, type PublicAttachment, type PublicContent, type Publication, type PublicationKind, type WithdrawnSubject } from './publication';

/** The roles the public database admits writes from (beside server admins). */
export const PUBLISHER_ROLES = ['secretariat'] as const;

/** Longest withdrawal reason or correction note a resident is shown. */
export const MAX_PUBLIC_NOTE = 1_000;
/** Longest name of the person who published. */
export const MAX_PUBLISHED_BY = 200;

export const PUBLICATION_KIND_LABELS: Record<PublicationKind, string> = {
  agenda: 'agenda',
  minutes: 'minutes',
  register: 'resolution register',
};

export class PublishRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishRuleError';
  }
}

/** Why the account may not publish, or null when it may. No known account: a laptop without a server. */
export function publishRefusal(account: KnownAccount | null): string | null {
  if (!account || isServerAdmin(account)) return null;
  if (PUBLISHER_ROLES.some((role) => account.roles.includes(role))) return null;
  return `Your account (${roleName(account)}) may read what is published but not publish: that needs the ${PUBLISHER_ROLES.join(' or ')} role.`;
}

/** Why this meeting's agenda or minutes may not be published yet, or null when they may. */
export function meetingStateRefusal(
  kind: Exclude<PublicationKind, 'register'>,
  meeting: Pick<Meeting, 'status' | 'noticeIssuedAt' | 'confirmedAt'>,
): string | null {
  if (kind === 'agenda') {
    if (meeting.status === 'cancelled') return 'The meeting was cancelled: its agenda is not published.';
    if (!meeting.noticeIssuedAt || meeting.status === 'draft') return 'The agenda is published once the notice of the meeting is issued.';
    return null;
  }
  if (minutesStage(meeting) !== 'confirmed') {
    return `Minutes are published once they are confirmed (now: ${MEETING_STATUS_LABELS[meeting.status].toLowerCase()}).`;
  }
  return null;
}

export interface ActAvailability {
  publish: string | null;
  withdraw: string | null;
  correct: string | null;
}

/** For each act, the reason it is not available now, or null when it is. */
export function actAvailability(current: Pick<Publication, 'state' | 'version'> | null, blocked: string | null, waiting = false): ActAvailability {
  const already = waiting
    ? `Already published on this laptop (version ${current?.version ?? 1}), not yet on the server`
    : `Already published (version ${current?.version ?? 1})`;
  const publish = blocked ?? (current ? `${already}: publish a correction to change it.` : null);
  const withdraw = !current ? 'Nothing is published yet.' : current.state === 'withdrawn' ? 'Already withdrawn.' : null;
  const correct = blocked ?? (!current ? 'Nothing is published yet: publish it first.' : null);
  return { publish, withdraw, correct };
}

interface ActBase {
  /** The publication's `_id` (kind:key). */
  id: string;
  kind: PublicationKind;
  /** ISO instant the secretary acted, and their display name. */
  at: string;
  by: string;
}

export type PublicationAct =
  | (ActBase & { act: 'publish'; content: PublicContent; attachments: Record<string, PublicAttachment> })
  | (ActBase & { act: 'correct'; content: PublicContent; attachments: Record<string, PublicAttachment>; note: string })
  | (ActBase & { act: 'withdraw'; reason: string });

function requiredNote(text: string, what: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new PublishRuleError(`Give the ${what}: residents read it on the portal.`);
  if (trimmed.length > MAX_PUBLIC_NOTE) throw new PublishRuleError(`The ${what} may be at most ${MAX_PUBLIC_NOTE} characters.`);
  return trimmed;
}

/** Checks what a person typed for an act before anything is queued; throws PublishRuleError. */
export function checkActText(act: PublicationAct): void {
  if (act.act === 'withdraw') requiredNote(act.reason, 'reason for withdrawing');
  if (act.act === 'correct') requiredNote(act.note, 'note on what was corrected');
  if (!act.by.trim()) throw new PublishRuleError('Your name is not known on this laptop: set it in Settings before publishing.');
}

/**
 * The publication after the act, from the one the server holds now (null when none): publish
 * makes version 1, a correction the next version with its note (and publishes again a withdrawn
 * one), a withdrawal keeps the entry and drops the text and the files.
 */
export function applyAct(current: Publication | null, act: PublicationAct): Publication {
  checkActText(act);
  const by = act.by.trim().slice(0, MAX_PUBLISHED_BY);
  const base = { _id: act.id, type: 'publication' as const, kind: act.kind, ...(current?._rev ? { _rev: current._rev } : {}) };
  switch (act.act) {
    case 'publish':
      if (current)
        throw new PublishRuleError(
          `This ${PUBLICATION_KIND_LABELS[act.kind]} is already published (version ${current.version}): publish a correction instead.`,
        );
      return {
        ...base,
        state: 'published',
        version: 1,
        firstPublishedAt: act.at,
        publishedAt: act.at,
        publishedBy: by,
        content: act.content,
        _attachments: act.attachments,
      };
    case 'correct':
      if (!current) throw new PublishRuleError(`This ${PUBLICATION_KIND_LABELS[act.kind]} is not published yet: publish it first.`);
      return {
        ...base,
        state: 'published',
        version: current.version + 1,
        firstPublishedAt: current.firstPublishedAt,
        publishedAt: act.at,
        publishedBy: by,
        correction: { at: act.at, note: requiredNote(act.note, 'note on what was corrected') },
        content: act.content,
        _attachments: act.attachments,
      };
    case 'withdraw': {
      if (!current) throw new PublishRuleError(`This ${PUBLICATION_KIND_LABELS[act.kind]} is not published: there is nothing to withdraw.`);
      if (current.state === 'withdrawn') throw new PublishRuleError(`This ${PUBLICATION_KIND_LABELS[act.kind]} is already withdrawn.`);
      return {
        ...base,
        state: 'withdrawn',
        version: current.version,
        firstPublishedAt: current.firstPublishedAt,
        publishedAt: current.publishedAt,
        publishedBy: current.publishedBy,
        ...(current.correction ? { correction: current.correction } : {}),
        withdrawal: withdrawal(act.at, requiredNote(act.reason, 'reason for withdrawing'), withdrawnSubject(current.content)),
      };
    }
  }
}

function withdrawal(at: string, reason: string, subject: WithdrawnSubject | undefined): NonNullable<Publication['withdrawal']> {
  return subject ? { at, reason, subject } : { at, reason };
}

/** "Published version 2 of the agenda (a correction): Item 7's title corrected." for the audit trail. */
export function actSummary(act: PublicationAct, result: Pick<Publication, 'version'>): string {
  const what = `the public ${PUBLICATION_KIND_LABELS[act.kind]} (${act.id.slice(act.id.indexOf(':') + 1)})`;
  switch (act.act) {
    case 'publish':
      return `Published ${what}, version 1.`;
    case 'correct':
      return `Published a correction of ${what}, version ${result.version}: ${act.note.trim()}`;
    case 'withdraw':
      return `Withdrew ${what}: ${act.reason.trim()}`;
  }
}
