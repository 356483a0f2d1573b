/**
 * Escalation of overdue queries up the municipality's ladder (responsible officer → director →
 * Municipal Manager), with the ward councillor informed. Each step has a number of working days
 * past the due date; a query's escalation level is how many steps it has climbed.
 */
import type { Member, StakeholderQuery } from '../schemas';
import type { Department } from '../settings/areas';
import { ESCALATION_ROLE_LABELS, type EscalationStep } from '../settings/query-settings';
import { isQueryOverdue } from './queries';
import type { WorkingDayCalendar } from './working-days';

/** The ladder in climbing order. */
export function orderedLadder(steps: readonly EscalationStep[]): EscalationStep[] {
  return [...steps].sort((a, b) => a.afterWorkingDays - b.afterWorkingDays);
}

/** Working days past the due date; 0 when not overdue. */
export function workingDaysOverdue(query: Pick<StakeholderQuery, 'status' | 'dueDate'>, today: string, calendar: WorkingDayCalendar): number {
  if (!isQueryOverdue(query, today)) return 0;
  return calendar.workingDaysBetween(query.dueDate, today);
}

/** The level a query should have reached by `today` (0: not escalated). */
export function escalationLevelDue(
  query: Pick<StakeholderQuery, 'status' | 'dueDate'>,
  today: string,
  calendar: WorkingDayCalendar,
  steps: readonly EscalationStep[],
): number {
  if (!isQueryOverdue(query, today)) return 0;
  const overdue = workingDaysOverdue(query, today, calendar);
  return orderedLadder(steps).filter((step) => overdue >= Math.max(1, step.afterWorkingDays)).length;
}

export interface EscalationDue {
  level: number;
  step: EscalationStep;
}

/** The steps a query must still climb by `today`, lowest first; empty when it is where it should be. */
export function escalationsDue(
  query: Pick<StakeholderQuery, 'status' | 'dueDate' | 'escalationLevel'>,
  today: string,
  calendar: WorkingDayCalendar,
  steps: readonly EscalationStep[],
): EscalationDue[] {
  const ladder = orderedLadder(steps);
  const target = escalationLevelDue(query, today, calendar, ladder);
  const current = query.escalationLevel ?? 0;
  const due: EscalationDue[] = [];
  for (let level = current + 1; level <= target; level += 1) {
    const step = ladder[level - 1];
    if (step) due.push({ level, step });
  }
  return due;
}

/** Who a step reaches for this query, by name where it is known. */
export function escalationTarget(step: EscalationStep, query: Pick<StakeholderQuery, 'officer' | 'departmentId'>, departments: readonly Department[]): string {
  const role = ESCALATION_ROLE_LABELS[step.role];
  if (step.person?.trim()) return `${step.person.trim()} (${role})`;
  if (step.role === 'officer' && query.officer.trim()) return `${query.officer.trim()} (${role})`;
  if (step.role === 'director') {
    const department = departments.find((d) => d.id === query.departmentId);
    if (department?.director) return `${department.director} (Director: ${department.name})`;
    if (department) return `Director: ${department.name}`;
  }
  return role;
}

/** The councillor who holds the ward's seat, if the ward is known and the seat is filled. */
export function wardCouncillorOf(members: readonly Member[], ward: string | undefined): Member | undefined {
  const wanted = ward?.trim();
  if (!wanted) return undefined;
  return members.find((m) => m.kind === 'councillor' && m.seat === 'ward' && m.active && m.ward?.trim() === wanted);
}

export function councillorName(member: Pick<Member, 'title' | 'fullName' | 'ward'>): string {
  return `${member.title ? `${member.title} ` : ''}${member.fullName}${member.ward ? ` (Ward ${member.ward})` : ''}`;
}
