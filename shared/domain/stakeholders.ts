/**
 * Rules about stakeholders that a schema cannot express, and what POPIA asks of their records:
 * a person's details are kept for a recorded purpose; on request they are exported in full or
 * erased, while the queries they raised stay on record without saying who raised them.
 */
import type { QueryEvent, Stakeholder, StakeholderQuery } from '../schemas';
import { QUERY_CHANNEL_LABELS, QUERY_STATUS_LABELS, STAKEHOLDER_CATEGORY_LABELS } from '../schemas/vocabulary';
import type { FieldErrors } from '../validation/record-validator';
import { looksLikePhone } from './phone';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkStakeholder(stakeholder: Stakeholder): FieldErrors {
  const errors: FieldErrors = {};
  if (stakeholder.kind === 'person' && !stakeholder.anonymisedAt && !stakeholder.mergedIntoId && !stakeholder.consentPurpose?.trim()) {
    errors.consentPurpose = "Record why the municipality keeps this person's details (POPIA).";
  }
  if (stakeholder.email?.trim() && !EMAIL_RE.test(stakeholder.email.trim())) {
    errors.email = 'Enter an email address such as name@example.org.';
  }
  if (stakeholder.phone?.trim() && !/\d{3}/.test(stakeholder.phone)) {
    errors.phone = 'Enter a phone number with its digits, such as 072 000 0101.';
  }
  if (stakeholder.organisationId && stakeholder.organisationId === stakeholder.id) {
    errors.organisationId = 'A stakeholder cannot belong to itself.';
  }
  if (stakeholder.mergedIntoId && stakeholder.mergedIntoId === stakeholder.id) {
    errors.mergedIntoId = 'A record cannot be merged into itself.';
  }
  return errors;
}

/**
 * A new stakeholder from what was typed in a search box: a phone number goes in the phone field,
 * an email address in the email field, anything else is the name. The text is kept as typed.
 */
export function newStakeholderFromTyped(typed: string): { name: string; phone: string; email: string } {
  const text = typed.trim();
  if (looksLikePhone(text)) return { name: '', phone: text, email: '' };
  if (EMAIL_RE.test(text)) return { name: '', phone: '', email: text };
  return { name: text, phone: '', email: '' };
}

/** Records shown in the directory: not merged into another, whether or not anonymised. */
export function isListedStakeholder(stakeholder: Pick<Stakeholder, 'mergedIntoId'>): boolean {
  return !stakeholder.mergedIntoId;
}

/** The name shown once a person's details are erased. */
export function anonymisedName(id: string): string {
  return `Anonymised stakeholder ${id.slice(0, 8).toUpperCase()}`;
}

/** Fields that identify or contact a person: cleared on erasure. */
export const PERSONAL_FIELDS = ['email', 'phone', 'address', 'notes', 'consentPurpose', 'preferredChannel', 'organisationId'] as const;

/**
 * The erased record as a change: the name replaced, contact details and notes removed (a field
 * set to undefined is removed from the record), the date kept. The category and ward stay: they
 * identify no one and keep the query statistics whole.
 */
export function anonymise(stakeholder: Pick<Stakeholder, 'id'>, at: string): Partial<Stakeholder> {
  const cleared = Object.fromEntries([...PERSONAL_FIELDS, 'consentAt'].map((field) => [field, undefined]));
  return { ...cleared, name: anonymisedName(stakeholder.id), consentGiven: false, anonymisedAt: at };
}

/** The words a person types to confirm an erasure, which cannot be undone. */
export const ERASE_CONFIRMATION = 'ERASE';
/** The request (who asked, how and when) goes on every query's timeline: kept to a paragraph. */
export const ERASURE_REQUEST_MAX = 2_000;

/** Why this erasure request cannot be recorded; null when it can. */
export function erasureRequestProblem(request: string): string | null {
  const text = request.trim();
  if (!text) return 'Record who asked for the erasure and when, for the audit trail.';
  if (text.length > ERASURE_REQUEST_MAX)
    return `The request may be at most ${ERASURE_REQUEST_MAX.toLocaleString('en-ZA')} characters (this one has ${text.length.toLocaleString('en-ZA')}).`;
  return null;
}

/** Every problem with an erasure as typed in its dialog, at once: the request and the confirmation. */
export function erasureProblems(typed: { reason: string; confirmation: string }): Partial<Record<'reason' | 'confirmation', string>> {
  const problems: Partial<Record<'reason' | 'confirmation', string>> = {};
  const reason = erasureRequestProblem(typed.reason);
  if (reason) problems.reason = reason;
  if (typed.confirmation.trim() !== ERASE_CONFIRMATION) problems.confirmation = `Type ${ERASE_CONFIRMATION} to confirm.`;
  return problems;
}

/** Fields to fill on the kept record from the merged one, where the kept record has none. */
export function mergedDetails(keep: Stakeholder, merged: Stakeholder): Partial<Stakeholder> {
  const fill: Partial<Stakeholder> = {};
  const fields = ['email', 'phone', 'address', 'ward', 'organisationId', 'preferredChannel', 'consentPurpose', 'consentAt'] as const;
  for (const field of fields) {
    const value = merged[field];
    if (!keep[field] && value) (fill as Record<string, unknown>)[field] = value;
  }
  if (!keep.consentGiven && merged.consentGiven) fill.consentGiven = true;
  const notes = [keep.notes, merged.notes].filter((n): n is string => !!n?.trim());
  if (merged.notes?.trim()) fill.notes = notes.join('\n\n');
  return fill;
}

/** Why `sourceId` cannot be merged into `targetId`; null when it can. */
export function mergeProblem(source: Stakeholder | null, target: Stakeholder | null): string | null {
  if (!source || !target) return 'Both records must exist to be merged.';
  if (source.id === target.id) return 'A record cannot be merged into itself.';
  if (source.mergedIntoId) return 'This record has already been merged into another.';
  if (target.mergedIntoId) return 'The record to keep has itself been merged into another: choose that one.';
  if (source.anonymisedAt || target.anonymisedAt) return 'An anonymised record cannot be merged.';
  if (source.kind !== target.kind) return 'A person and an organisation cannot be merged.';
  return null;
}

export interface PersonalDataExport {
  exportedAt: string;
  exportedBy: string;
  municipality: string;
  about: string;
  stakeholder: Record<string, unknown>;
  queries: Record<string, unknown>[];
}

/**
 * Everything the municipality holds about a stakeholder, as a person can read it (POPIA s23):
 * their record, and each query they raised with its timeline.
 */
export function personalDataExport(
  stakeholder: Stakeholder,
  queries: readonly StakeholderQuery[],
  events: readonly QueryEvent[],
  meta: { exportedAt: string; exportedBy: string; municipality: string },
): PersonalDataExport {
  const { hasConflict: _hasConflict, conflict: _conflict, ...record } = stakeholder;
  return {
    ...meta,
    about: 'The personal information this municipality holds about you, and the queries you raised with it.',
    stakeholder: { ...record, categoryLabel: STAKEHOLDER_CATEGORY_LABELS[stakeholder.category] },
    queries: queries.map((q) => ({
      reference: q.reference,
      receivedAt: q.receivedAt,
      channel: QUERY_CHANNEL_LABELS[q.channel],
      subject: q.subject,
      description: q.description ?? '',
      category: q.category,
      ward: q.ward ?? '',
      status: QUERY_STATUS_LABELS[q.status],
      dueDate: q.dueDate,
      outcome: q.outcome ?? '',
      timeline: events
        .filter((e) => e.queryId === q.id)
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((e) => ({ at: e.at, by: e.by, kind: e.kind, text: e.text ?? '' })),
    })),
  };
}

/** A file name for the export: letters, digits and spaces only, so every system accepts it. */
export function personalDataFileName(stakeholder: Pick<Stakeholder, 'name' | 'id'>, date: string): string {
  const safe = stakeholder.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${date} Personal data ${safe || stakeholder.id.slice(0, 8)}.json`;
}
