/**
 * Stakeholder queries from intake to closure. Every action checks the lifecycle
 * (shared/domain/query-lifecycle.ts) against the stored query before anything is written, changes
 * the query atomically, and appends one event to its timeline: who did what, and when.
 *
 * Due dates follow the municipality's service standards in working days; the clock stops while
 * the stakeholder is awaited. A new query's draft and checks are query-intake.ts; the steps of
 * each action (a status change, a pause ending) query-action-steps.ts. Escalation up the ladder
 * is query-escalation.ts; it raises the level through raiseEscalationLevel here. The queues and
 * dashboard are read in query-reads.ts.
 */
import type { MemberRepository } from '../bodies/members.repository';
import type { MeetingRepository } from '../meetings/meetings.repository';
import { officialName, responsibleOfficerProblem } from '@shared/domain/officials';
import { isQueryOpen } from '@shared/domain/queries';
import { serviceStandardFor } from '@shared/domain/query-service-standards';
import { formatDate, formatDateTime, instantToDate, isCalendarDate } from '@shared/domain/time';
import type { StakeholderQuery } from '@shared/schemas';
import { type QueryEventKind } from '@shared/schemas/vocabulary';
import { type FieldErrors } from '@shared/validation/record-validator';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordNotFoundError, RecordRepository, type Draft } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';
import type { SettingsRepository } from '../settings/settings.repository';
import type { StakeholderRepository } from '../stakeholders/stakeholders.repository';
import type { QueryReferenceIssuer } from './query-reference.repository';
import { QUERY_RECORD_RULES } from './query-rules';
import { readActionContext, type ActionContext } from './query-action-context';
import { endPause, pauseNote, QUERY_TITLE, refuse, required, transition, withNote } from './query-action-steps';
import { planIntake, raiserProblems, type QueryIntake } from './query-intake';
import type { NewQueryEvent, QueryTimelineRepository } from './query-timeline.repository';

export type TimelineEntryKind = Extract<QueryEventKind, 'note' | 'call' | 'letter' | 'email'>;

export interface QueryRepositoryDeps {
  settings: SettingsRepository;
  /** The officials a query is assigned to, the ward councillors it is escalated to. */
  members: Pick<MemberRepository, 'findById' | 'ofKind'>;
  /** The meetings a query is placed on the agenda of and answered in. */
  meetings: Pick<MeetingRepository, 'findById'>;
  timeline: QueryTimelineRepository;
  stakeholders: StakeholderRepository;
  references: QueryReferenceIssuer;
}

/** Dates and references are ASCII codes: compared by code point, which is their order and quick. */
export class QueryRepository extends RecordRepository<'queries'> {
  constructor(
    db: QuorumDatabase,
    context: WriteContext,
    audit: AuditLog,
    private readonly deps: QueryRepositoryDeps,
  ) {
    super(db, 'queries', context, audit, QUERY_RECORD_RULES);
  }

  private actionContext(): Promise<ActionContext> {
    return readActionContext(this.deps.settings, this.context.now());
  }

  // ── Intake ────────────────────────────────────────────────────────────────────────────────

  /**
   * Logs a new query (and, when asked, the new stakeholder who raised it). Everything is checked
   * first; on any problem nothing is written and the error names each field.
   */
  async logQuery(intake: QueryIntake): Promise<StakeholderQuery> {
    const ctx = await this.actionContext();
    const plan = planIntake(intake, ctx);
    const errors: FieldErrors = { ...(await raiserProblems(intake, this.deps.stakeholders)), ...plan.problems };
    // The reference is issued, and a new stakeholder added, only once everything else is valid.
    const candidate: Partial<StakeholderQuery> = this.stampNew({
      ...plan.draft,
      ...(intake.stakeholderId ? { stakeholderId: intake.stakeholderId } : {}),
    } as Draft<StakeholderQuery>);
    Object.assign(errors, { ...this.validateParts(candidate, ['reference', 'stakeholderId']), ...errors });
    if (Object.keys(errors).length > 0) refuse(errors);

    const stakeholderId = intake.newStakeholder ? (await this.deps.stakeholders.add(intake.newStakeholder)).id : intake.stakeholderId;
    const reference = await this.deps.references.issue(Number(ctx.today.slice(0, 4)));
    const query = await this.create({ ...plan.draft, reference, stakeholderId });
    await this.deps.timeline.append({ queryId: query.id, kind: 'created', text: plan.loggedText(query), toStatus: 'new', dueDate: query.dueDate });
    return query;
  }

  // ── The lifecycle ─────────────────────────────────────────────────────────────────────────

  /**
   * The one path of every action: check the note, change the stored query atomically (refusing
   * an illegal status change), then append the event.
   */
  private async act(
    id: string,
    kind: QueryEventKind,
    noteErrors: FieldErrors,
    change: (current: StakeholderQuery, ctx: ActionContext) => Partial<StakeholderQuery>,
    event: (before: StakeholderQuery, after: StakeholderQuery, ctx: ActionContext) => Omit<NewQueryEvent, 'queryId' | 'kind'>,
  ): Promise<StakeholderQuery> {
    if (Object.keys(noteErrors).length > 0) refuse(noteErrors);
    const ctx = await this.actionContext();
    let before: StakeholderQuery | undefined;
    const after = await this.update(id, (current) => {
      before = current;
      return change(current, ctx);
    });
    if (!before) throw new RecordNotFoundError(QUERY_TITLE, id);
    await this.deps.timeline.append({ queryId: id, kind, ...event(before, after, ctx) });
    return after;
  }

  /** The note of an action, checked before the query it belongs to is changed. */
  private checkText(text: string | undefined, kind: QueryEventKind): FieldErrors {
    return this.deps.timeline.checkNote({ kind, text: text ?? '' });
  }

  acknowledge(id: string, note = ''): Promise<StakeholderQuery> {
    return this.act(
      id,
      'status_changed',
      this.checkText(note, 'status_changed'),
      (current, ctx) => ({ ...transition(current, 'acknowledged'), acknowledgedAt: ctx.now }),
      (before, after) => ({ text: withNote('Acknowledged.', note), fromStatus: before.status, toStatus: after.status }),
    );
  }

  /**
   * Assigns (or reassigns) the query to a department and its responsible officer, who is one of
   * the municipality's active officials: the query keeps the official's id (the "My queries"
   * queue follows it) and their name, for display and exports.
   */
  async assign(id: string, assignment: { departmentId: string; officerId: string }, note = ''): Promise<StakeholderQuery> {
    const ctx = await this.actionContext();
    const department = ctx.departments.find((d) => d.id === assignment.departmentId);
    const official = assignment.officerId ? await this.deps.members.findById(assignment.officerId) : null;
    const officerProblem = responsibleOfficerProblem(assignment.officerId, official);
    const errors: FieldErrors = {
      ...(!department
        ? { departmentId: 'Choose the department responsible for the query.' }
        : department.retired && department.id !== (await this.getById(id)).departmentId
          ? { departmentId: `${department.name} is retired: choose a department in use.` }
          : {}),
      ...(officerProblem ? { officerId: officerProblem } : {}),
      ...this.checkText(note, 'assigned'),
    };
    const officer = official ? officialName(official) : '';
    return this.act(
      id,
      'assigned',
      errors,
      (current) => {
        // Reassigning work already under way keeps its status; a fresh assignment moves it on.
        const reassign = ['assigned', 'in_progress', 'awaiting_stakeholder'].includes(current.status);
        return {
          ...(reassign ? {} : transition(current, 'assigned')),
          departmentId: assignment.departmentId,
          officerId: assignment.officerId,
          officer,
        };
      },
      (before, after) => ({
        text: withNote(`${before.departmentId ? 'Reassigned' : 'Assigned'} to ${department?.name ?? ''}, ${after.officer}.`, note),
        ...(before.status !== after.status ? { fromStatus: before.status, toStatus: after.status } : {}),
        departmentId: after.departmentId,
        officer: after.officer,
      }),
    );
  }

  startWork(id: string, note = ''): Promise<StakeholderQuery> {
    return this.act(
      id,
      'status_changed',
      this.checkText(note, 'status_changed'),
      (current) => {
        if (current.status === 'awaiting_stakeholder') refuse({ status: 'The query is waiting for the stakeholder: record their reply to resume it.' });
        return transition(current, 'in_progress');
      },
      (before, after) => ({ text: withNote('Work started.', note), fromStatus: before.status, toStatus: after.status }),
    );
  }

  /** Stops the service-standard clock until the stakeholder replies. */
  awaitStakeholder(id: string, reason: string): Promise<StakeholderQuery> {
    return this.act(
      id,
      'paused',
      { ...required(reason, 'text', 'Say what is needed from the stakeholder.'), ...this.checkText(reason, 'paused') },
      (current, ctx) => ({ ...transition(current, 'awaiting_stakeholder'), pausedSince: ctx.now }),
      (before, after) => ({
        text: `Waiting for the stakeholder: ${reason.trim()} The clock is paused.`,
        fromStatus: before.status,
        toStatus: after.status,
      }),
    );
  }

  /** The stakeholder replied: the clock runs again, with the due date moved by the pause. */
  resume(id: string, note = ''): Promise<StakeholderQuery> {
    return this.act(
      id,
      'resumed',
      this.checkText(note, 'resumed'),
      (current, ctx) => {
        if (current.status !== 'awaiting_stakeholder') refuse({ status: 'Only a query waiting for the stakeholder can be resumed.' });
        return { ...transition(current, 'in_progress'), ...endPause(current, ctx) };
      },
      (before, after) => {
        const pause = pauseNote(before, after);
        return { ...pause, text: withNote(`The stakeholder replied. ${pause.text}`, note), fromStatus: before.status, toStatus: after.status };
      },
    );
  }

  /**
   * Resolved, with the outcome recorded: what was done or told to the stakeholder. The event keeps
   * the department and the working days taken, the figures of the dashboard's turnaround.
   */
  resolve(id: string, outcome: string): Promise<StakeholderQuery> {
    return this.act(
      id,
      'resolved',
      { ...required(outcome, 'outcome', 'Record the outcome: what was done or told to the stakeholder.'), ...this.checkText(outcome, 'resolved') },
      (current, ctx) => ({
        ...transition(current, 'resolved'),
        ...endPause(current, ctx),
        outcome: outcome.trim(),
        resolvedAt: ctx.now,
      }),
      (before, after, ctx) => {
        const pause = pauseNote(before, after);
        return {
          ...pause,
          text: `Resolved: ${outcome.trim()}${pause.text ? ` ${pause.text}` : ''}`,
          fromStatus: before.status,
          toStatus: after.status,
          ...(after.departmentId ? { departmentId: after.departmentId } : {}),
          workingDays: ctx.calendar.workingDaysBetween(instantToDate(after.receivedAt, ctx.timeZone), ctx.today),
        };
      },
    );
  }

  close(id: string, note = ''): Promise<StakeholderQuery> {
    return this.act(
      id,
      'status_changed',
      this.checkText(note, 'status_changed'),
      (current, ctx) => ({ ...transition(current, 'closed'), closedAt: ctx.now }),
      (before, after) => ({ text: withNote('Closed.', note), fromStatus: before.status, toStatus: after.status }),
    );
  }

  /**
   * Reopened from resolved or closed: the earlier outcome stays on the timeline, and a new due
   * date runs from today by the service standard.
   */
  reopen(id: string, reason: string): Promise<StakeholderQuery> {
    return this.act(
      id,
      'status_changed',
      { ...required(reason, 'text', 'Say why the query is reopened.'), ...this.checkText(reason, 'status_changed') },
      (current, ctx) => {
        const standard = serviceStandardFor(ctx.settings, current.category, current.priority);
        return {
          ...transition(current, 'reopened'),
          dueDate: ctx.calendar.addWorkingDays(ctx.today, standard.resolveDays),
          escalationLevel: 0,
          outcome: undefined,
          resolvedAt: undefined,
          closedAt: undefined,
        };
      },
      (before, after) => ({
        text: `Reopened: ${reason.trim()} New due date ${formatDate(after.dueDate)}.`,
        fromStatus: before.status,
        toStatus: after.status,
        previousDueDate: before.dueDate,
        dueDate: after.dueDate,
      }),
    );
  }

  /** A note, call, letter or email on the timeline. */
  addEntry(id: string, kind: TimelineEntryKind, text: string): Promise<StakeholderQuery> {
    return this.act(
      id,
      kind,
      { ...required(text, 'text', 'Write what was said or done.'), ...this.checkText(text, kind) },
      () => ({}),
      () => ({ text: text.trim() }),
    );
  }

  /** A due date agreed anew (with the reason on the timeline); never before the day received. */
  changeDueDate(id: string, dueDate: string, reason: string): Promise<StakeholderQuery> {
    const errors: FieldErrors = {
      ...(isCalendarDate(dueDate) ? {} : { dueDate: 'Enter the due date as a date, such as 2026-04-20.' }),
      ...required(reason, 'text', 'Say why the due date changes.'),
      ...this.checkText(reason, 'due_date_changed'),
    };
    return this.act(
      id,
      'due_date_changed',
      errors,
      (current) => {
        if (!isQueryOpen(current)) refuse({ dueDate: 'Only an open query has a due date to change.' });
        return { dueDate, escalationLevel: dueDate > current.dueDate ? 0 : current.escalationLevel };
      },
      (before, after) => ({
        text: `Due date moved from ${formatDate(before.dueDate)} to ${formatDate(after.dueDate)}: ${reason.trim()}`,
        previousDueDate: before.dueDate,
        dueDate: after.dueDate,
      }),
    );
  }

  // ── Stakeholders ──────────────────────────────────────────────────────────────────────────

  /**
   * A step of merging two records of one stakeholder (stakeholder-merge.service.ts): the query
   * of the merged record now belongs to the record kept, with a timeline entry saying so.
   */
  async moveToKeptStakeholder(id: string, keptId: string, mergedId: string): Promise<StakeholderQuery> {
    const query = await this.update(id, () => ({ stakeholderId: keptId }));
    await this.deps.timeline.append({
      queryId: id,
      kind: 'stakeholder_merged',
      text: 'Two records of the stakeholder were merged; the query now belongs to the record kept.',
      stakeholderId: mergedId,
    });
    return query;
  }

  // ── Escalation (the ladder and its events: query-escalation.ts) ───────────────────────────

  /**
   * Raises an open query to escalation `level`, atomically; null when another window or device
   * has already taken it that far (escalation only climbs). A closed query is refused.
   */
  async raiseEscalationLevel(id: string, level: number): Promise<StakeholderQuery | null> {
    let climbed = false;
    const after = await this.update(id, (current) => {
      if (!isQueryOpen(current)) refuse({ status: 'Only an open query can be escalated.' });
      climbed = (current.escalationLevel ?? 0) < level;
      return climbed ? { escalationLevel: level } : {};
    });
    return climbed ? after : null;
  }

  // ── Meetings ──────────────────────────────────────────────────────────────────────────────

  /**
   * Places the query on a meeting's agenda as a question. The agenda side calls it again with
   * the agenda item's id once the item exists (or passes it at once).
   */
  async placeOnAgenda(queryId: string, meetingId: string, agendaItemId = '', note = ''): Promise<StakeholderQuery> {
    const meeting = meetingId ? await this.deps.meetings.findById(meetingId) : null;
    const errors: FieldErrors = {
      ...(meeting ? {} : { agendaMeetingId: 'Choose the meeting whose agenda the query goes on.' }),
      ...this.checkText(note, 'placed_on_agenda'),
    };
    return this.act(
      queryId,
      'placed_on_agenda',
      errors,
      () => ({ agendaMeetingId: meetingId, ...(agendaItemId ? { agendaItemId } : {}) }),
      (_before, _after, ctx) => ({
        text: withNote(
          `Placed on the agenda of ${meeting?.title ?? 'a meeting'}${meeting ? ` (${formatDateTime(meeting.startsAt, ctx.timeZone)})` : ''} as a question.`,
          note,
        ),
        meetingId,
        ...(agendaItemId ? { agendaItemId } : {}),
      }),
    );
  }

  /** The answer given in the meeting flows back to the query's timeline; the officer then resolves it. */
  async recordAnswer(queryId: string, answer: string, meetingId: string): Promise<StakeholderQuery> {
    const meeting = meetingId ? await this.deps.meetings.findById(meetingId) : null;
    const errors: FieldErrors = {
      ...required(answer, 'text', 'Record the answer given in the meeting.'),
      ...(meeting ? {} : { agendaMeetingId: 'The meeting of the answer no longer exists.' }),
      ...this.checkText(answer, 'answered_in_meeting'),
    };
    return this.act(
      queryId,
      'answered_in_meeting',
      errors,
      (current, ctx) => ({ agendaMeetingId: current.agendaMeetingId || meetingId, answeredAt: ctx.now }),
      (_before, after) => ({
        text: `Answered in ${meeting?.title ?? 'the meeting'}: ${answer.trim()}`,
        meetingId,
        ...(after.agendaItemId ? { agendaItemId: after.agendaItemId } : {}),
      }),
    );
  }
}
