/**
 * Officer names that match no official: queries, resolutions and actions arising (in the minutes)
 * whose responsible officer was typed before officials were people, and whose name matched no
 * official when the schema migration ran (shared/schemas/migrations.ts). They are listed in Members & committees →
 * Officials, where a person matches each name to an official; every record naming it is then
 * linked to that official and takes their one name, through the repositories (validated,
 * audited, synced).
 */
import { combineLatest, map, type Observable } from 'rxjs';
import { personKey, unmatchedOfficerNames, type UnmatchedName } from '@shared/domain/officials';
import { RecordValidationError } from '@shared/validation/record-validator';
import type { AgendaItemRepository } from '../agenda/agenda.repository';
import type { QueryRepository } from '../queries/queries.repository';
import type { QueryReads } from '../queries/query-reads';
import type { ResolutionRepository } from '../resolutions/resolutions.repository';
import type { MemberRepository } from './members.repository';
import { errorMessage } from '@shared/error-message';

/** Each kind of record is read and linked through its own repository. */
export interface OfficerNamesDeps {
  queries: Pick<QueryRepository, 'update'>;
  queryReads: Pick<QueryReads, 'watchWithUnlinkedOfficer' | 'listWithUnlinkedOfficer'>;
  resolutions: Pick<ResolutionRepository, 'update' | 'watchWithOfficialName' | 'listWithOfficialName'>;
  /** Agenda items whose actions arising name an official as typed. */
  agenda: Pick<AgendaItemRepository, 'watchWithUnlinkedActionOfficial' | 'listWithUnlinkedActionOfficial' | 'linkActionOfficials'>;
  /** The official a name is matched to. */
  members: Pick<MemberRepository, 'findById'>;
}

export class OfficerNames {
  constructor(private readonly deps: OfficerNamesDeps) {}

  /** The names, live, with how many queries, resolutions and actions arising give each. */
  watchUnmatched(): Observable<UnmatchedName[]> {
    return combineLatest([
      this.deps.queryReads.watchWithUnlinkedOfficer(),
      this.deps.resolutions.watchWithOfficialName(),
      this.deps.agenda.watchWithUnlinkedActionOfficial(),
    ]).pipe(
      map(([queries, resolutions, items]) =>
        unmatchedOfficerNames(
          queries.map((q) => ({ officer: q.officer, officerId: q.officerId })),
          resolutions.map((r) => ({ responsibleOfficial: r.responsibleOfficial, responsibleOfficialId: r.responsibleOfficialId })),
          items.flatMap((item) => item.actions ?? []),
        ),
      ),
    );
  }

  /** Links every record that names `name` (as compared) to the official; returns how many changed. */
  async match(name: string, officialId: string): Promise<number> {
    const official = officialId ? await this.deps.members.findById(officialId) : null;
    if (!official || official.kind !== 'official') {
      throw new RecordValidationError('Officer', { officialId: 'Choose the official this name stands for.' });
    }
    const key = personKey(name);
    const officer = official.fullName.trim();
    const queries = (await this.deps.queryReads.listWithUnlinkedOfficer()).filter((q) => personKey(q.officer) === key);
    const resolutions = (await this.deps.resolutions.listWithOfficialName()).filter(
      (r) => !r.responsibleOfficialId && personKey(r.responsibleOfficial ?? '') === key,
    );
    // Each record is linked on its own: one that cannot be saved (it breaks another rule) is named, the others are linked.
    const refused: string[] = [];
    const link = async (what: string, write: () => Promise<unknown>) => {
      try {
        await write();
      } catch (error) {
        refused.push(`${what} (${errorMessage(error)})`);
      }
    };
    for (const q of queries) await link(`query ${q.reference}`, () => this.deps.queries.update(q.id, () => ({ officerId: official.id, officer })));
    for (const r of resolutions) {
      await link(`resolution ${r.number}`, () =>
        this.deps.resolutions.update(r.id, () => ({ responsibleOfficialId: official.id, responsibleOfficial: officer })),
      );
    }
    const names = (typed: string) => personKey(typed) === key;
    let actions = 0;
    for (const item of await this.deps.agenda.listWithUnlinkedActionOfficial()) {
      const naming = (item.actions ?? []).filter((a) => a.officialId === '' && names(a.official ?? '')).length;
      if (naming === 0) continue;
      await link(`the actions under "${item.title}"`, () => this.deps.agenda.linkActionOfficials(item.id, names, official));
      actions += naming;
    }
    if (refused.length > 0) throw new RecordValidationError('Officer', { officialId: `Not linked: ${refused.join('; ')}.` });
    return queries.length + resolutions.length + actions;
  }
}
