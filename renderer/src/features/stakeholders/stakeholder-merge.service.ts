/**
 * Merging two records of one stakeholder, which spans two collections: the kept record gains the
 * details it lacked, every query of the merged record moves to the kept one (each with a
 * timeline entry), people linked to a merged organisation follow it, and the merged record stays
 * as a tombstone naming the kept one. Each record is written by its own repository (its checks,
 * stamps and audit entry); the stakeholders repository checks first that the two may be merged.
 */
import type { Stakeholder } from '@shared/schemas';
import type { QueryReads } from '../queries/query-reads';
import type { QueryRepository } from '../queries/queries.repository';
import type { StakeholderRepository } from './stakeholders.repository';

export interface StakeholderMergeDeps {
  stakeholders: Pick<StakeholderRepository, 'absorb' | 'retireMerged'>;
  queries: Pick<QueryRepository, 'moveToKeptStakeholder'>;
  queryReads: Pick<QueryReads, 'listForStakeholder'>;
}

export class StakeholderMerge {
  constructor(private readonly deps: StakeholderMergeDeps) {}

  /** Merges `sourceId` into `targetId` and returns the record kept. */
  async merge(sourceId: string, targetId: string): Promise<Stakeholder> {
    const kept = await this.deps.stakeholders.absorb(sourceId, targetId);
    for (const query of await this.deps.queryReads.listForStakeholder(sourceId)) {
      await this.deps.queries.moveToKeptStakeholder(query.id, targetId, sourceId);
    }
    await this.deps.stakeholders.retireMerged(sourceId, targetId);
    return kept;
  }
}
