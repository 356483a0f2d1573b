/** Council and its committees. */
import { map, type Observable } from 'rxjs';
import { checkBody, compareBodies } from '@shared/domain/bodies';
import type { Body } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export class BodyRepository extends RecordRepository<'bodies'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    super(db, 'bodies', context, audit, { describe: (body) => `body "${body.name}"`, check: checkBody });
  }

  /** Bodies in use, Council first (see compareBodies). */
  watchAll(): Observable<Body[]> {
    return this.watchMany({ selector: { archived: false } }).pipe(map((bodies) => [...bodies].sort(compareBodies)));
  }

  /** How many bodies are linked to the department ("is this department in use?"). */
  async countByDepartment(departmentId: string): Promise<number> {
    return this.countWhere({ departmentId });
  }
}
