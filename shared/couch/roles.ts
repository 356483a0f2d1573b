/**
 * Who may write what on the server. Every account is a member of the municipality's databases
 * with one role; the server's validation (validate_doc_update) refuses writes by a role that
 * may not make them, whatever a laptop sends.
 *
 * - secretariat: meetings, agendas, minutes, resolutions, bodies, members, settings, attachments,
 *   and stakeholder queries (queries become council questions and answers flow back);
 * - operations: stakeholders, queries and their timelines;
 * - viewer: reads everything, writes nothing.
 * Every role that writes records also appends to the audit trail.
 */
import type { DatabaseSuffix } from './names';

export const SYNC_ROLES = ['secretariat', 'operations', 'viewer'] as const;
export type SyncRole = (typeof SYNC_ROLES)[number];

export const WRITER_ROLES: Readonly<Record<DatabaseSuffix, readonly SyncRole[]>> = {
  bodies: ['secretariat'],
  members: ['secretariat'],
  meetings: ['secretariat'],
  agendaitems: ['secretariat'],
  resolutions: ['secretariat'],
  stakeholders: ['secretariat', 'operations'],
  queries: ['secretariat', 'operations'],
  queryevents: ['secretariat', 'operations'],
  settings: ['secretariat'],
  audit: ['secretariat', 'operations'],
  attachments: ['secretariat'],
};

/** The `_security` object of every Quorum database: members by role; admins are server admins only. */
export function securityObject(): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } } {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: [...SYNC_ROLES] } };
}
