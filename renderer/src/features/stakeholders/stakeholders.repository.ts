/** The stakeholder directory. */
import type { Observable } from 'rxjs';
import type { Stakeholder } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export class StakeholderRepository extends RecordRepository<'stakeholders'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    // A person's name is personal information: the audit trail names the record by id only.
    super(db, 'stakeholders', context, audit, { describe: (s) => `stakeholder ${s.id.slice(0, 8)} (${s.category})` });
  }

  watchAll(): Observable<Stakeholder[]> {
    return this.watchMany({ sort: [{ name: 'asc' }] });
  }
}
