/** Councillors, officials and traditional leaders. */
import type { Observable } from 'rxjs';
import type { Member } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export class MemberRepository extends RecordRepository<'members'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    super(db, 'members', context, audit, { describe: (member) => `${member.kind} "${member.fullName}"` });
  }

  watchAll(): Observable<Member[]> {
    return this.watchMany({ sort: [{ fullName: 'asc' }] });
  }
}
