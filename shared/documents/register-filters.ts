/**
 * The register's on-screen filters (shared/domain/resolutions.ts) in words, for the line under
 * a printed register's title: `Body: Council; Status: Overdue; Adopted from: 01 Jul 2026`.
 */
import type { RegisterFilters } from '../domain/resolutions';
import { formatDate } from '../domain/time';
import type { Body } from '../schemas';
import { IMPLEMENTATION_STATUS_LABELS, MOTION_OUTCOME_LABELS } from '../schemas/vocabulary';
import type { Department } from '../settings/areas';
import type { AppliedFilter } from './inputs';

export function describeRegisterFilters(
  filters: RegisterFilters,
  lookups: { bodies: readonly Body[]; departments: readonly Department[]; timeZone: string },
): AppliedFilter[] {
  const applied: AppliedFilter[] = [];
  if (filters.text?.trim()) applied.push({ label: 'Search', value: `“${filters.text.trim()}”` });
  if (filters.bodyId) applied.push({ label: 'Body', value: lookups.bodies.find((b) => b.id === filters.bodyId)?.name ?? 'a body no longer in the records' });
  if (filters.departmentId) {
    applied.push({
      label: 'Department',
      value: lookups.departments.find((d) => d.id === filters.departmentId)?.name ?? 'a department no longer in the records',
    });
  }
  if (filters.status) applied.push({ label: 'Status', value: IMPLEMENTATION_STATUS_LABELS[filters.status] });
  if (filters.outcome) applied.push({ label: 'Outcome', value: MOTION_OUTCOME_LABELS[filters.outcome] });
  if (filters.from) applied.push({ label: 'Adopted from', value: formatDate(filters.from, lookups.timeZone) });
  if (filters.to) applied.push({ label: 'Adopted to', value: formatDate(filters.to, lookups.timeZone) });
  return applied;
}
