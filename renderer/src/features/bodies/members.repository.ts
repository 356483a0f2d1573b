/** Councillors, officials and traditional leaders. */
import type { Observable } from 'rxjs';
import type { Member } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { recordOf } from '../../db/record-of';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export class MemberRepository extends RecordRepository<'members'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    super(db, 'members', context, audit, { describe: (member) => `${member.kind} "${member.fullName}"` });
  }

  watchAll(): Observable<Member[]> {
    return this.watchMany({ sort: [{ fullName: 'asc' }] });
  }

  /** How many members (officials) work in the department ("is this department in use?"). */
  async countByDepartment(departmentId: string): Promise<number> {
    return this.countWhere({ departmentId });
  }

  /** Every member of one kind (the councillors, the officials), as they are now. */
  async ofKind(kind: Member['kind']): Promise<Member[]> {
    const docs = await this.collection.find({ selector: { kind } }).exec();
    return docs.map((doc) => recordOf(doc));
  }
}
