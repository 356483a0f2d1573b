/**
 * Escalation of stakeholder queries: one step up the municipality's ladder on request, and every
 * overdue query as far as its working days overdue take it. Each step raises the query's level
 * through the queries repository (atomic, only upwards, only while open) and writes one
 * "escalated" event naming who it went to, and the ward councillor informed when the settings
 * say so. The ladder's rules are shared/domain/query-escalation.ts.
 */
import { canWrite } from '@shared/couch/permissions';
import { plural } from '@shared/documents/text';
import { councillorName, escalationsDue, escalationTarget, orderedLadder, wardCouncillorOf, workingDaysOverdue } from '@shared/domain/query-escalation';
import { queueRange } from '@shared/domain/query-queues';
import { formatDate } from '@shared/domain/time';
import type { Member, StakeholderQuery } from '@shared/schemas';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { WriteContext } from '../../db/write-context';
import type { MemberRepository } from '../bodies/members.repository';
import type { SettingsRepository } from '../settings/settings.repository';
import type { QueryRepository } from './queries.repository';
import { readActionContext } from './query-action-context';
import type { QueryReads } from './query-reads';
import type { QueryTimelineRepository } from './query-timeline.repository';

const TITLE = 'Stakeholder query';

export interface QueryEscalationDeps {
  queries: Pick<QueryRepository, 'getById' | 'raiseEscalationLevel'>;
  reads: Pick<QueryReads, 'listQueue'>;
  settings: Pick<SettingsRepository, 'getArea'>;
  /** The ward councillors a query's escalation is told to. */
  members: Pick<MemberRepository, 'ofKind'>;
  timeline: Pick<QueryTimelineRepository, 'append' | 'checkNote'>;
}

export class QueryEscalation {
  constructor(
    private readonly context: WriteContext,
    private readonly deps: QueryEscalationDeps,
  ) {}

  private async wardCouncillor(ward: string | undefined): Promise<Member | undefined> {
    if (!ward?.trim()) return undefined;
    return wardCouncillorOf(await this.deps.members.ofKind('councillor'), ward);
  }

  /** Takes the query to step `level` of the ladder; null when it was already there. */
  private async escalateTo(id: string, level: number, describe: (target: string) => string): Promise<StakeholderQuery | null> {
    const ctx = await readActionContext(this.deps.settings, this.context.now());
    const step = orderedLadder(ctx.settings.escalation.steps)[level - 1];
    if (!step) throw new RecordValidationError(TITLE, { escalationLevel: 'The query is already at the top of the escalation ladder.' });
    const query = await this.deps.queries.getById(id);
    const councillor = ctx.settings.escalation.informWardCouncillor ? await this.wardCouncillor(query.ward) : undefined;
    const after = await this.deps.queries.raiseEscalationLevel(id, level);
    if (!after) return null;
    const target = escalationTarget(step, after, ctx.departments);
    await this.deps.timeline.append({
      queryId: id,
      kind: 'escalated',
      text: `${describe(target)}${councillor ? ` ${councillorName(councillor)} informed as ward councillor.` : ''}`,
      escalatedTo: target,
      escalationLevel: level,
      ...(councillor ? { informed: councillorName(councillor) } : {}),
    });
    return after;
  }

  /** Escalates one step up the ladder now, whatever the due date, with the reason on the timeline. */
  async escalate(id: string, reason: string): Promise<StakeholderQuery> {
    const errors: FieldErrors = {
      ...(reason.trim() ? {} : { text: 'Say why the query is escalated.' }),
      ...this.deps.timeline.checkNote({ kind: 'escalated', text: reason }),
    };
    if (Object.keys(errors).length > 0) throw new RecordValidationError(TITLE, errors);
    const query = await this.deps.queries.getById(id);
    const result = await this.escalateTo(id, (query.escalationLevel ?? 0) + 1, (target) => `Escalated to ${target}: ${reason.trim()}`);
    return result ?? (await this.deps.queries.getById(id));
  }

  /**
   * Escalates every overdue query as far as its days overdue take it: one event per step. Run
   * when the queues or the dashboard open; returns how many steps were taken.
   */
  async escalateOverdue(): Promise<number> {
    // An account that may not change queries (a viewer) leaves escalation to those who may.
    if (this.context.access && !canWrite(this.context.access.account, 'queries')) return 0;
    const ctx = await readActionContext(this.deps.settings, this.context.now());
    if (ctx.settings.escalation.steps.length === 0) return 0;
    // Every overdue query, not only the first screenful: each may be due a step.
    const overdue = await this.deps.reads.listQueue(queueRange({ kind: 'overdue' }, ctx.today, ctx.calendar));
    let steps = 0;
    for (const query of overdue) {
      for (const { level } of escalationsDue(query, ctx.today, ctx.calendar, ctx.settings.escalation.steps)) {
        const days = workingDaysOverdue(query, ctx.today, ctx.calendar);
        const done = await this.escalateTo(
          query.id,
          level,
          (target) => `Escalated automatically to ${target}: overdue by ${plural(days, 'working day')} (due ${formatDate(query.dueDate)}).`,
        );
        if (done) steps += 1;
      }
    }
    return steps;
  }
}
