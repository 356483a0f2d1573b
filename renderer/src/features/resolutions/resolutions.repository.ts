/** The resolution register. */
import type { Observable } from 'rxjs';
import type { Resolution } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

export class ResolutionRepository extends RecordRepository<'resolutions'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    super(db, 'resolutions', context, audit, { describe: (r) => `resolution ${r.number || r.title}` });
  }

  /** The register, newest first. */
  watchAll(): Observable<Resolution[]> {
    return this.watchMany({ sort: [{ adoptedOn: 'desc' }] });
  }
}
