/** Meetings: queries for the lists, and scheduling a new meeting. */
import type { Observable } from 'rxjs';
import { checkMeeting, describeMeeting } from '@shared/domain/meetings';
import type { Meeting } from '@shared/schemas';
import type { MeetingType } from '@shared/schemas/vocabulary';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export interface NewMeeting {
  bodyId: string;
  type: MeetingType;
  title: string;
  startsAt: string;
  endsAt?: string;
  venue: string;
  number?: string;
}

export class MeetingRepository extends RecordRepository<'meetings'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    super(db, 'meetings', context, audit, { describe: describeMeeting, check: checkMeeting });
  }

  /** All meetings, the most recent first. */
  watchAll(): Observable<Meeting[]> {
    return this.watchMany({ sort: [{ startsAt: 'desc' }] });
  }

  /** Meetings that start at or after `from`, soonest first. */
  watchUpcoming(from: string, limit = 10): Observable<Meeting[]> {
    return this.watchMany({ selector: { startsAt: { $gte: from } }, sort: [{ startsAt: 'asc' }], limit });
  }

  schedule(input: NewMeeting): Promise<Meeting> {
    return this.create({
      bodyId: input.bodyId,
      type: input.type,
      title: input.title.trim(),
      startsAt: input.startsAt,
      ...(input.endsAt ? { endsAt: input.endsAt } : {}),
      venue: input.venue.trim(),
      ...(input.number?.trim() ? { number: input.number.trim() } : {}),
      status: 'draft',
      history: [],
      attendance: [],
    });
  }
}
