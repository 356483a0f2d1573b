/**
 * A query's timeline: events are appended, never edited or deleted, so the history of what
 * was done about a query cannot be rewritten.
 */
import { map, type Observable } from 'rxjs';
import { newId } from '@shared/domain/ids';
import { recordValidator, type QueryEvent } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import type { WriteContext } from '../../db/write-context';

export type NewQueryEvent = Omit<QueryEvent, 'id' | 'at' | 'by'>;

export class QueryTimelineRepository {
  constructor(
    private readonly db: QuorumDatabase,
    private readonly context: WriteContext,
    private readonly audit: AuditLog,
  ) {}

  async append(input: NewQueryEvent): Promise<QueryEvent> {
    const event = recordValidator('queryevents').assert({
      ...input,
      id: newId(),
      at: this.context.now().toISOString(),
      by: this.context.actor(),
    });
    await this.db.queryevents.insert(event);
    await this.audit.record({
      action: 'create',
      recordType: 'queryevents',
      recordId: event.id,
      summary: `Added ${event.kind.replace(/_/g, ' ')} to query ${event.queryId.slice(0, 8)}`,
      fields: [],
    });
    return event;
  }

  /** Imports events (demo, restore); events already stored are skipped, never changed. */
  async importMany(events: QueryEvent[]): Promise<void> {
    const validator = recordValidator('queryevents');
    for (const event of events) validator.assert(event);
    const existing = await this.db.queryevents.findByIds(events.map((e) => e.id)).exec();
    const fresh = events.filter((event) => !existing.has(event.id));
    if (fresh.length === 0) return;
    const result = await this.db.queryevents.bulkInsert(fresh);
    if (result.error.length > 0) throw new Error(`${result.error.length} query events could not be imported.`);
    await this.audit.recordMany(
      fresh.map((event) => ({
        action: 'import' as const,
        recordType: 'queryevents' as const,
        recordId: event.id,
        summary: `Imported ${event.kind.replace(/_/g, ' ')} event`,
        fields: [],
      })),
    );
  }

  /** Oldest first, as a timeline reads. */
  watchForQuery(queryId: string): Observable<QueryEvent[]> {
    return this.db.queryevents
      .find({ selector: { queryId }, sort: [{ queryId: 'asc' }, { at: 'asc' }] })
      .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
  }
}
