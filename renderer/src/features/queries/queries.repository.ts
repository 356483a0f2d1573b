/** Stakeholder queries. */
import type { Observable } from 'rxjs';
import type { StakeholderQuery } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export class QueryRepository extends RecordRepository<'queries'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    super(db, 'queries', context, audit, { describe: (q) => `query ${q.reference}` });
  }

  /** Newest first. */
  watchAll(): Observable<StakeholderQuery[]> {
    return this.watchMany({ sort: [{ receivedAt: 'desc' }] });
  }
}
