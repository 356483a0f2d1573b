/** Rules of the resolution register: what is overdue, and how the register is filtered. */
import type { Resolution } from '../schemas';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../schemas/vocabulary';

/** Implementation statuses that end the work on a resolution. */
const FINISHED_STATUSES: readonly ImplementationStatus[] = ['implemented', 'revoked'];

/** Statuses of resolutions still being implemented: the only ones that can be in progress or overdue. */
export const UNFINISHED_STATUSES: readonly ImplementationStatus[] = IMPLEMENTATION_STATUSES.filter((s) => !FINISHED_STATUSES.includes(s));

/** A carried resolution whose implementation has not started or is under way (the dashboard's "Being implemented"). */
export function isBeingImplemented(resolution: Pick<Resolution, 'outcome' | 'status'>): boolean {
  return resolution.outcome === 'carried' && (resolution.status === 'in_progress' || resolution.status === 'not_started');
}

/** A carried resolution past its due date and not yet implemented or revoked. */
export function isResolutionOverdue(resolution: Pick<Resolution, 'outcome' | 'status' | 'dueDate'>, today: string): boolean {
  if (resolution.outcome !== 'carried' || !resolution.dueDate) return false;
  if (FINISHED_STATUSES.includes(resolution.status)) return false;
  return resolution.dueDate < today;
}

/** The status the register shows: overdue is worked out from the due date, never typed in. */
export function registerStatus(resolution: Pick<Resolution, 'outcome' | 'status' | 'dueDate'>, today: string): ImplementationStatus {
  if (resolution.status === 'revoked' || resolution.status === 'implemented') return resolution.status;
  return isResolutionOverdue(resolution, today) ? 'overdue' : resolution.status === 'overdue' ? 'in_progress' : resolution.status;
}

export interface RegisterFilters {
  bodyId?: string;
  from?: string;
  to?: string;
  departmentId?: string;
  status?: ImplementationStatus;
  /** Carried, failed… ; by default the register lists every motion decided. */
  outcome?: Resolution['outcome'];
  text?: string;
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function filterRegister<T extends Resolution>(resolutions: readonly T[], filters: RegisterFilters, today: string): T[] {
  const needle = filters.text?.trim() ? normalise(filters.text.trim()) : '';
  return resolutions.filter((r) => {
    if (filters.bodyId && r.bodyId !== filters.bodyId) return false;
    if (filters.from && r.adoptedOn < filters.from) return false;
    if (filters.to && r.adoptedOn > filters.to) return false;
    if (filters.departmentId && r.departmentId !== filters.departmentId) return false;
    if (filters.status && registerStatus(r, today) !== filters.status) return false;
    if (filters.outcome && r.outcome !== filters.outcome) return false;
    if (needle && !normalise(`${r.number} ${r.title} ${r.text ?? ''} ${r.responsibleOfficial ?? ''}`).includes(needle)) return false;
    return true;
  });
}

/** The latest progress note, for the register's "Progress" column. */
export function lastProgress(resolution: Pick<Resolution, 'progress'>): Resolution['progress'][number] | undefined {
  return [...resolution.progress].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
}
