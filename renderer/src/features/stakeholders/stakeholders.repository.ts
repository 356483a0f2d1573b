/**
 * The stakeholder directory: adding and correcting people and organisations, the steps of merging
 * two records of one stakeholder (stakeholder-merge.service.ts runs them), and what POPIA asks: a
 * person's data exported in full, or erased while the queries they raised stay on record,
 * anonymised.
 */
import { map, type Observable } from 'rxjs';
import {
  anonymise,
  erasureRequestProblem,
  checkStakeholder,
  isListedStakeholder,
  mergedDetails,
  mergeProblem,
  personalDataExport,
  type PersonalDataExport,
} from '@shared/domain/stakeholders';
import { withPhoneE164 } from '@shared/domain/phone';
import type { Stakeholder } from '@shared/schemas';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository, type Draft } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';
import type { QueryReads } from '../queries/query-reads';
import type { QueryTimelineRepository } from '../queries/query-timeline.repository';

const TITLE = 'Stakeholder';

export interface StakeholderRepositoryDeps {
  timeline: QueryTimelineRepository;
  /** A stakeholder's queries, read through the queries' own reads. */
  queryReads: Pick<QueryReads, 'listForStakeholder'>;
}

export class StakeholderRepository extends RecordRepository<'stakeholders'> {
  constructor(
    db: QuorumDatabase,
    context: WriteContext,
    audit: AuditLog,
    private readonly deps: StakeholderRepositoryDeps,
  ) {
    // A person's name is personal information: the audit trail names the record by id only.
    super(db, 'stakeholders', context, audit, {
      describe: (s) => `stakeholder ${s.id.slice(0, 8)} (${s.category})`,
      check: checkStakeholder,
      // The number's E.164 form is stored beside it, from it, whatever the write (shared/domain/phone.ts).
      derive: withPhoneE164,
    });
  }

  /** Problems with a new stakeholder, without writing it (the intake form checks before saving a query). */
  checkDraft(draft: Draft<Stakeholder>): FieldErrors {
    return this.validate(this.derived(this.stampNew(tidy(draft))));
  }

  /** Adds a person or organisation; a person needs the purpose for keeping their details. */
  add(draft: Draft<Stakeholder>): Promise<Stakeholder> {
    const record = tidy(draft);
    return this.create(record.kind === 'person' && record.consentGiven ? { ...record, consentAt: this.context.now().toISOString() } : record);
  }

  /** Corrects a stakeholder's details; merged and anonymised records stay as they are. `seen`: the details as the form showed them (RecordRepository.update). */
  async edit(id: string, details: Partial<Draft<Stakeholder>>, seen?: Partial<Stakeholder>): Promise<Stakeholder> {
    return this.update(
      id,
      (current) => {
        if (current.mergedIntoId) throw new RecordValidationError(TITLE, { '': 'This record was merged into another: edit the record that was kept.' });
        if (current.anonymisedAt) throw new RecordValidationError(TITLE, { '': "This person's details were erased on request and cannot be filled in again." });
        const next = tidy({ ...current, ...details });
        const consentNow = next.kind === 'person' && next.consentGiven && !current.consentGiven;
        return { ...next, ...(consentNow ? { consentAt: this.context.now().toISOString() } : {}) };
      },
      seen ? { seen } : {},
    );
  }

  /**
   * The first step of merging `sourceId` into `targetId` (StakeholderMerge runs them all): checks
   * that the two may be merged, and gives the kept record the details it lacked.
   */
  async absorb(sourceId: string, targetId: string): Promise<Stakeholder> {
    if (sourceId === targetId) throw new RecordValidationError(TITLE, { mergedIntoId: 'A record cannot be merged into itself.' });
    const [source, target] = await Promise.all([this.findById(sourceId), this.findById(targetId)]);
    const problem = mergeProblem(source, target);
    if (problem || !source || !target) throw new RecordValidationError(TITLE, { mergedIntoId: problem ?? 'Both records must exist to be merged.' });
    return this.update(targetId, (current) => mergedDetails(current, source));
  }

  /**
   * The last step of a merge: people linked to a merged organisation follow it, and the merged
   * record stays as a tombstone naming the kept one, so links from other devices still lead somewhere.
   */
  async retireMerged(sourceId: string, targetId: string): Promise<void> {
    const members = await this.collection.find({ selector: { organisationId: sourceId } }).exec();
    for (const member of members) await this.update(member.id, () => ({ organisationId: targetId }));
    await this.update(sourceId, () => ({ mergedIntoId: targetId }));
  }

  /** Everything held about a stakeholder, for a POPIA access request. */
  async exportPersonalData(id: string, meta: { municipality: string }): Promise<PersonalDataExport> {
    const stakeholder = await this.getById(id);
    const queries = await this.deps.queryReads.listForStakeholder(id);
    const events = await this.deps.timeline.findForQueries(queries.map((q) => q.id));
    return personalDataExport(stakeholder, queries, events, {
      exportedAt: this.context.now().toISOString(),
      exportedBy: this.context.actor(),
      municipality: meta.municipality,
    });
  }

  /**
   * Erases a person's details on request: the name is replaced and the contact details removed.
   * Their queries stay, each with a timeline entry saying the stakeholder was anonymised.
   */
  async erase(id: string, reason: string): Promise<Stakeholder> {
    const problem = erasureRequestProblem(reason);
    if (problem) throw new RecordValidationError(TITLE, { reason: problem });
    const current = await this.getById(id);
    if (current.anonymisedAt) throw new RecordValidationError(TITLE, { reason: "This person's details were already erased." });
    if (current.mergedIntoId) throw new RecordValidationError(TITLE, { reason: 'This record was merged: erase the record that was kept.' });
    const at = this.context.now().toISOString();
    const erased = await this.update(id, (stored) => anonymise(stored, at));
    for (const query of await this.deps.queryReads.listForStakeholder(id)) {
      await this.deps.timeline.append({
        queryId: query.id,
        kind: 'stakeholder_anonymised',
        text: `The stakeholder's personal details were erased on request (POPIA). ${reason.trim()}`,
      });
    }
    return erased;
  }

  /** The directory: every record not merged into another, by name. */
  watchAll(): Observable<Stakeholder[]> {
    return this.watchMany({ sort: [{ name: 'asc' }] }).pipe(map((list) => list.filter(isListedStakeholder)));
  }

  watchOrganisations(): Observable<Stakeholder[]> {
    return this.watchAll().pipe(map((list) => list.filter((s) => s.kind === 'organisation' && !s.anonymisedAt)));
  }

  /** People recorded as belonging to an organisation. */
  watchPeopleOf(organisationId: string): Observable<Stakeholder[]> {
    return this.watchMany({ selector: { organisationId }, sort: [{ name: 'asc' }] }).pipe(map((list) => list.filter(isListedStakeholder)));
  }
}

/** Trims typed text; empty optional fields are left out rather than stored empty. */
function tidy<T extends Partial<Draft<Stakeholder>>>(draft: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (typeof value === 'string') {
      const text = key === 'notes' || key === 'address' ? value : value.trim();
      out[key] = text === '' && key !== 'name' ? undefined : text;
    } else out[key] = value;
  }
  return out as T;
}
