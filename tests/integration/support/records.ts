/**
 * Valid records of every collection for sync tests, written straight into a laptop's database
 * (checked by RxDB's dev-mode schema validation), so the tests depend on the schemas alone and
 * not on how each feature's screens and repositories build records.
 */
import { newId } from '../../../shared/domain/ids';
import type { RecordTypes } from '../../../shared/schemas';
import { COLLECTION_NAMES, type CollectionName } from '../../../shared/schemas/vocabulary';
import type { QuorumDatabase } from '../../../renderer/src/db/create-database';

const AT = '2026-11-23T08:00:00.000Z';
const tracking = (by: string) => ({ createdAt: AT, createdBy: by, updatedAt: AT, updatedBy: by, hasConflict: false });

export function sampleRecord<K extends CollectionName>(name: K, index: number, by = 'Test Secretary'): RecordTypes[K] {
  const id = newId();
  const records: { [C in CollectionName]: () => RecordTypes[C] } = {
    bodies: () => ({
      id,
      name: `Portfolio Committee ${index}`,
      code: `PC${index}`,
      kind: 'portfolio_committee',
      memberships: [],
      quorumRule: 'majority',
      archived: false,
      ...tracking(by),
    }),
    members: () => ({ id, fullName: `Councillor Number ${index}`, kind: 'councillor', seat: 'ward', active: true, ...tracking(by) }),
    meetings: () => ({
      id,
      bodyId: 'body-1',
      type: 'ordinary',
      title: `Ordinary meeting ${index}`,
      startsAt: '2027-02-01T08:00:00.000Z',
      venue: 'Council Chamber',
      status: 'draft',
      history: [],
      attendance: [],
      ...tracking(by),
    }),
    agendaitems: () => ({
      id,
      meetingId: 'meeting-1',
      parentId: '',
      position: index,
      title: `Report ${index}`,
      kind: 'report',
      inCommittee: false,
      decision: 'none',
      ...tracking(by),
    }),
    resolutions: () => ({
      id,
      number: `R${index}/2026`,
      meetingId: 'meeting-1',
      bodyId: 'body-1',
      adoptedOn: '2026-11-20',
      title: `Resolution ${index}`,
      voteKind: 'unanimous',
      outcome: 'carried',
      status: 'not_started',
      progress: [],
      ...tracking(by),
    }),
    stakeholders: () => ({ id, kind: 'person', category: 'resident', name: `Resident ${index}`, ...tracking(by) }),
    queries: () => ({
      id,
      reference: `Q-2026-${String(index).padStart(4, '0')}`,
      stakeholderId: 'stakeholder-1',
      channel: 'phone',
      subject: `Streetlight out ${index}`,
      category: 'Electricity',
      priority: 'normal',
      status: 'new',
      receivedAt: AT,
      // Due far ahead: an overdue query is escalated by the app's sweep (a timeline entry and a
      // change of its own), which tests that count records do not expect. It was 2026-12-07 until
      // that day passed in Johannesburg, and the join test then counted 2,000 extra entries.
      dueDate: '2036-12-07',
      departmentId: 'dept-1',
      officer: '',
      officerId: '',
      ...tracking(by),
    }),
    queryevents: () => ({ id, queryId: 'query-1', at: AT, by, kind: 'note', text: `Note ${index}` }),
    settings: () => ({ id: `test-area-${index}-${id.slice(0, 6)}`, value: { note: `Setting ${index}` }, ...tracking(by) }),
    audit: () => ({ id, at: AT, actor: by, action: 'create', recordType: 'meetings', recordId: 'meeting-1', summary: `Entry ${index}`, fields: [] }),
  };
  return records[name]();
}

/** Writes `count` records into every collection; returns their ids by collection. */
export async function fillEveryCollection(db: QuorumDatabase, count: number, by?: string): Promise<Map<CollectionName, string[]>> {
  const ids = new Map<CollectionName, string[]>();
  for (const name of COLLECTION_NAMES) {
    const records = Array.from({ length: count }, (_, index) => sampleRecord(name, index + 1, by));
    const result = await db[name].bulkInsert(records as never[]);
    if (result.error.length > 0) throw new Error(`Could not write test ${name}: ${JSON.stringify(result.error[0])}`);
    ids.set(
      name,
      records.map((record) => record.id),
    );
  }
  return ids;
}

/** A record as a CouchDB document written straight to the server (as another laptop or tool would). */
export function couchDocOf<T extends { id: string }>(record: T): Omit<T, 'id'> & { _id: string } {
  const { id, ...rest } = record;
  return { ...rest, _id: id };
}
