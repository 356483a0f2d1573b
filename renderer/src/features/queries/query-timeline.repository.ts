/**
 * A query's timeline: events are appended, never edited or deleted, so the history of what
 * was done about a query cannot be rewritten.
 */
import { map, type Observable } from 'rxjs';
import { newId } from '@shared/domain/ids';
import { recordValidator, type QueryEvent } from '@shared/schemas';
import type { QueryEventKind } from '@shared/schemas/vocabulary';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { AuditFact, AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { recordOf } from '../../db/record-of';
import type { WriteContext } from '../../db/write-context';

export type NewQueryEvent = Omit<QueryEvent, 'id' | 'at' | 'by'>;

export class QueryTimelineRepository {
  /** The last instant stamped here: events of one device never share an instant, so a timeline never reorders. */
  private lastAt = 0;

  constructor(
    private readonly db: QuorumDatabase,
    private readonly context: WriteContext,
    private readonly audit: AuditLog,
  ) {}

  private stamp(input: NewQueryEvent): QueryEvent {
    const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as NewQueryEvent;
    return { ...defined, id: newId(), at: new Date(this.nextInstant()).toISOString(), by: this.context.actor() };
  }

  private nextInstant(): number {
    this.lastAt = Math.max(this.context.now().getTime(), this.lastAt + 1);
    return this.lastAt;
  }

  /** Problems with an event before it is written, so an action can refuse before it changes anything. */
  check(input: NewQueryEvent): FieldErrors {
    return this.checkNote(input);
  }

  /**
   * Problems with an event's own parts; its id (made when it is written) and, for an action's
   * note checked before its query is changed, the query it belongs to, are checked when given.
   */
  checkNote(input: Omit<NewQueryEvent, 'queryId'> & { queryId?: string }): FieldErrors {
    const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    return recordValidator('queryevents').checkParts({ ...defined, at: this.context.now().toISOString(), by: this.context.actor() }, ['id', 'queryId']);
  }

  assertValid(input: NewQueryEvent): void {
    const errors = this.check(input);
    if (Object.keys(errors).length > 0) throw new RecordValidationError('Query event', errors);
  }

  async append(input: NewQueryEvent): Promise<QueryEvent> {
    this.context.access?.assertMayWrite('queryevents');
    const event = recordValidator('queryevents').assert(this.stamp(input));
    const fact: AuditFact = {
      action: 'create',
      recordType: 'queryevents',
      recordId: event.id,
      summary: `Added ${event.kind.replace(/_/g, ' ')} to query ${event.queryId.slice(0, 8)}`,
      fields: [],
    };
    const held = await this.audit.hold([{ fact, written: { kind: 'exists', collection: 'queryevents', id: event.id } }]);
    await this.audit.writeHeld(
      () => held,
      () => this.db.queryevents.insert(event),
    );
    return event;
  }

  /** Imports events (demo, restore); events already stored are skipped, never changed. */
  async importMany(events: QueryEvent[]): Promise<void> {
    this.context.access?.assertMayWrite('queryevents');
    const validator = recordValidator('queryevents');
    for (const event of events) validator.assert(event);
    const existing = await this.db.queryevents.findByIds(events.map((e) => e.id)).exec();
    const fresh = events.filter((event) => !existing.has(event.id));
    if (fresh.length === 0) return;
    const held = await this.audit.hold(
      fresh.map((event) => ({
        fact: {
          action: 'import' as const,
          recordType: 'queryevents' as const,
          recordId: event.id,
          summary: `Imported ${event.kind.replace(/_/g, ' ')} event`,
          fields: [],
        },
        written: { kind: 'exists' as const, collection: 'queryevents' as const, id: event.id },
      })),
    );
    await this.audit.bulkWriteHeld(
      held,
      () => this.db.queryevents.bulkInsert(fresh),
      (count) => `${count} query events could not be imported.`,
    );
  }

  /** Oldest first, as a timeline reads. */
  watchForQuery(queryId: string): Observable<QueryEvent[]> {
    return this.db.queryevents
      .find({ selector: { queryId }, sort: [{ queryId: 'asc' }, { at: 'asc' }] })
      .$.pipe(map((docs) => docs.map((doc) => recordOf(doc))));
  }

  /** Events of one kind in [from, to), counted through the [kind, at] index. */
  watchCountOfKind(kind: QueryEventKind, from: string, to: string): Observable<number> {
    return this.db.queryevents.count({ selector: { kind: { $eq: kind }, at: { $gte: from, $lt: to } } }).$;
  }

  /** Events of one kind since an instant, oldest first. */
  watchKindSince(kind: QueryEventKind, since: string): Observable<QueryEvent[]> {
    return this.db.queryevents
      .find({ selector: { kind: { $eq: kind }, at: { $gte: since } }, sort: [{ at: 'asc' }] })
      .$.pipe(map((docs) => docs.map((doc) => recordOf(doc))));
  }

  /** Every event of these queries, oldest first (a person's data export). */
  async findForQueries(queryIds: readonly string[]): Promise<QueryEvent[]> {
    const lists = await Promise.all(
      queryIds.map((queryId) => this.db.queryevents.find({ selector: { queryId }, sort: [{ queryId: 'asc' }, { at: 'asc' }] }).exec()),
    );
    return lists.flat().map((doc) => recordOf(doc));
  }
}
