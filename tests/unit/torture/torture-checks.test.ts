/**
 * The torture run's own parts: the same seed chooses the same operations, the shrinker finds a
 * smallest failing sequence, and each invariant fails when what it guards is broken (a checker
 * that never fails would make a torture run that always passes).
 */
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../../shared/schemas/vocabulary';
import { checkInvariants, type Snapshot } from '../../torture/invariants';
import { SavedModel } from '../../torture/model';
import { OpGenerator, type Op } from '../../torture/ops';
import { summaryLine, type SummaryResult } from '../../torture/summary';
import { shrink } from '../../torture/torture';

type Records = Map<CollectionName, Map<string, Record<string, unknown>>>;

function records(entries: Partial<Record<CollectionName, Array<Record<string, unknown>>>>): Records {
  return new Map(Object.entries(entries).map(([name, list]) => [name as CollectionName, new Map(list.map((r) => [String(r.id), r]))]));
}

const AT = '2026-12-04T08:00:00.000Z';
const stakeholder = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  createdBy: 'Secretary L0',
  createdAt: AT,
  hasConflict: false,
  ...extra,
});
const auditEntry = (recordId: string, action: string, fields: string[] = []) => ({
  id: `a-${recordId}-${action}-${fields.join()}`,
  recordId,
  recordType: 'stakeholders',
  action,
  fields,
});

function snapshot(server: Records, laptopRecords: Records[] = [server], conflictCount = 0): Snapshot {
  return {
    server,
    serverAttachments: new Set(),
    laptops: laptopRecords.map((r, n) => ({ name: `L${n}`, records: r, conflictCount, attachments: new Set() })),
  };
}

function saved(): SavedModel {
  const model = new SavedModel();
  model.saved('stakeholders', 's1', 'name', undefined, 'Thandi', 0);
  model.audit.push({ collection: 'stakeholders', id: 's1', action: 'create', op: 0 });
  model.saved('stakeholders', 's1', 'name', 'Thandi', 'Thandi Mokoena', 1);
  model.audit.push({ collection: 'stakeholders', id: 's1', action: 'update', field: 'name', op: 1 });
  return model;
}

const goodServer = () =>
  records({ stakeholders: [stakeholder('s1', 'Thandi Mokoena')], audit: [auditEntry('s1', 'create'), auditEntry('s1', 'update', ['name'])] });

describe('torture invariants', () => {
  it('pass when everything a person saved is there, once, audited, on every laptop', () => {
    const result = checkInvariants(snapshot(goodServer()), saved(), []);
    expect(result.violations).toEqual([]);
    expect(result.checked).toBeGreaterThan(5);
  });

  it('find a value replaced without anyone seeing it, and accept it kept as a competing version', () => {
    const lost = records({ stakeholders: [stakeholder('s1', 'Thandi M.')], audit: goodServer().get('audit') ? [...goodServer().get('audit')!.values()] : [] });
    expect(checkInvariants(snapshot(lost), saved(), []).violations.map((v) => v.invariant)).toContain('nothing-lost');
    const kept = records({
      stakeholders: [
        stakeholder('s1', 'Thandi M.', {
          hasConflict: true,
          conflict: {
            detectedAt: AT,
            fields: [
              {
                field: 'name',
                versions: [
                  { value: '"Thandi Mokoena"', origin: 'local', by: 'L0', at: AT },
                  { value: '"Thandi M."', origin: 'server', by: 'L1', at: AT },
                ],
              },
            ],
          },
        }),
      ],
      audit: [...goodServer().get('audit')!.values()],
    });
    expect(checkInvariants(snapshot(kept, [kept], 1), saved(), []).violations).toEqual([]);
  });

  it('find a record one laptop lacks, a conflict a laptop does not count, and one settled by nobody', () => {
    const server = goodServer();
    const behind = records({ audit: [...server.get('audit')!.values()], stakeholders: [] });
    expect(checkInvariants(snapshot(server, [server, behind]), saved(), []).violations.map((v) => v.invariant)).toContain('same-records');
    const conflicted = records({
      stakeholders: [
        stakeholder('s1', 'Thandi Mokoena', {
          hasConflict: true,
          conflict: { detectedAt: AT, fields: [{ field: 'name', versions: [{ value: '"Thandi Mokoena"', origin: 'local', by: 'L0', at: AT }] }] },
        }),
      ],
      audit: [...server.get('audit')!.values()],
    });
    expect(checkInvariants(snapshot(conflicted, [conflicted], 0), saved(), []).violations.map((v) => v.invariant)).toContain('conflicts-visible');
    const model = saved();
    model.knownConflicts = new Set(['stakeholders/s1/name']);
    expect(checkInvariants(snapshot(server), model, []).violations.map((v) => v.invariant)).toEqual(['conflicts-visible']);
  });

  it('find a resolution number given twice, a change with no audit entry, and a refusal by the server', () => {
    const server = goodServer();
    server.set(
      'resolutions',
      new Map([
        ['r1', { id: 'r1', number: 'C 101/2026', hasConflict: false }],
        ['r2', { id: 'r2', number: 'C 101/2026', hasConflict: false }],
      ]),
    );
    expect(checkInvariants(snapshot(server), saved(), []).violations.map((v) => v.invariant)).toEqual(['no-duplicates']);
    const unaudited = records({ stakeholders: [stakeholder('s1', 'Thandi Mokoena')], audit: [auditEntry('s1', 'create')] });
    expect(checkInvariants(snapshot(unaudited), saved(), []).violations.map((v) => v.invariant)).toEqual(['audit']);
    expect(
      checkInvariants(snapshot(goodServer()), saved(), [{ laptop: 'L1', message: 'The server refused 1 change' }]).violations.map((v) => v.invariant),
    ).toEqual(['nothing-refused']);
  });
});

describe('torture model of what people saved', () => {
  it('a settlement keeping the value shown does not bring back what another laptop typed over, having seen it', () => {
    const model = new SavedModel();
    // Competing versions A (the value shown) and B; on L0 a person types C over A; on L2,
    // not yet having C, another keeps A: nothing is written to the field.
    model.saved('agendaitems', 'i1', 'discussion', undefined, 'A', 0);
    model.saved('agendaitems', 'i1', 'discussion', undefined, 'B', 1);
    model.saved('agendaitems', 'i1', 'discussion', 'A', 'C', 2);
    model.settled('agendaitems', 'i1', 'discussion', 'A', ['B', 'A'], 'A', 3);
    expect([...(model.live.get('agendaitems/i1/discussion')?.keys() ?? [])]).toEqual(['"C"']);
    // Keeping the value shown, no one having typed over it: it stays live as it was.
    model.saved('agendaitems', 'i2', 'discussion', undefined, 'A', 4);
    model.saved('agendaitems', 'i2', 'discussion', undefined, 'B', 5);
    model.settled('agendaitems', 'i2', 'discussion', 'A', ['B', 'A'], 'A', 6);
    expect([...(model.live.get('agendaitems/i2/discussion') ?? new Map<string, number>())]).toEqual([['"A"', 4]]);
    // Choosing another version writes it over the value shown: it is saved by the settlement.
    model.saved('agendaitems', 'i3', 'discussion', undefined, 'A', 7);
    model.saved('agendaitems', 'i3', 'discussion', undefined, 'B', 8);
    model.saved('agendaitems', 'i3', 'discussion', 'A', 'C', 9);
    model.settled('agendaitems', 'i3', 'discussion', 'A', ['B', 'A'], 'B', 10);
    expect([...(model.live.get('agendaitems/i3/discussion') ?? new Map<string, number>())]).toEqual([
      ['"C"', 9],
      ['"B"', 10],
    ]);
  });

  it('two laptops settling the same way are one decision: the second does not bring back what the first then typed over', () => {
    const model = new SavedModel();
    model.saved('agendaitems', 'i1', 'discussion', undefined, 'A', 0);
    model.saved('agendaitems', 'i1', 'discussion', undefined, 'B', 1);
    // L0 keeps B (shown A), then types C over B; L2, not yet having either, also keeps B.
    model.settled('agendaitems', 'i1', 'discussion', 'A', ['B', 'A'], 'B', 2);
    model.saved('agendaitems', 'i1', 'discussion', 'B', 'C', 3);
    model.settled('agendaitems', 'i1', 'discussion', 'A', ['B', 'A'], 'B', 4);
    expect([...(model.live.get('agendaitems/i1/discussion') ?? new Map<string, number>())]).toEqual([['"C"', 3]]);
    // A choice no one typed over is saved by the second settlement as by the first.
    model.saved('agendaitems', 'i2', 'discussion', undefined, 'A', 5);
    model.saved('agendaitems', 'i2', 'discussion', undefined, 'B', 6);
    model.settled('agendaitems', 'i2', 'discussion', 'A', ['B', 'A'], 'B', 7);
    model.settled('agendaitems', 'i2', 'discussion', 'A', ['B', 'A'], 'B', 8);
    expect([...(model.live.get('agendaitems/i2/discussion') ?? new Map<string, number>())]).toEqual([['"B"', 8]]);
    // Typed over something no settlement chose: a later settlement choosing it saves it again.
    model.saved('agendaitems', 'i3', 'discussion', undefined, 'A', 9);
    model.saved('agendaitems', 'i3', 'discussion', undefined, 'B', 10);
    model.saved('agendaitems', 'i3', 'discussion', 'B', 'C', 11);
    model.settled('agendaitems', 'i3', 'discussion', 'A', ['B', 'A'], 'B', 12);
    expect([...(model.live.get('agendaitems/i3/discussion') ?? new Map<string, number>())]).toEqual([
      ['"C"', 11],
      ['"B"', 12],
    ]);
  });
});

describe('torture model of attachments settled by a person', () => {
  const ref = (id: string) => ({ id, name: `Annexure ${id}.pdf` });
  it('lets go of an attachment she saw and left out, and keeps one she did not see', () => {
    const model = new SavedModel();
    for (const [id, op] of [
      ['a353', 1],
      ['a359', 2],
      ['a436', 3],
      ['a719', 4],
      ['a800', 5],
    ] as const)
      model.attachments.push({ itemId: 'i1', attachmentId: id, size: 10, op });
    model.attachments.push({ itemId: 'i2', attachmentId: 'a436', size: 10, op: 6 });
    // Seed 4832, round 45, CouchDB: shown [a353, a436, a719], competing [a353, a359] and none; she kept [a353, a359].
    model.settledAttachments('i1', [[ref('a353'), ref('a436'), ref('a719')], [ref('a353'), ref('a359')], null], [ref('a353'), ref('a359')]);
    expect(model.attachments.map((e) => `${e.itemId}/${e.attachmentId}`)).toEqual(['i1/a353', 'i1/a359', 'i1/a800', 'i2/a436']);
    // The checker then accepts the item without them, and still finds one she never saw gone.
    const server = records({
      agendaitems: [
        { id: 'i1', attachments: [ref('a353'), ref('a359')] },
        { id: 'i2', attachments: [ref('a436')] },
      ],
    });
    const violations = checkInvariants(snapshot(server), model, []).violations.filter((v) => v.detail.includes('is no longer on agenda item'));
    expect(violations.map((v) => v.detail)).toEqual(['attachment a800 (op 5) is no longer on agenda item i1']);
  });
});

describe('torture operations and shrinking', () => {
  it('chooses the same operations for the same seed, and others for another', () => {
    const a = new OpGenerator(42, 3);
    const b = new OpGenerator(42, 3);
    const c = new OpGenerator(43, 3);
    const first = [a.round(30), a.round(30)];
    expect([b.round(30), b.round(30)]).toEqual(first);
    expect(c.round(30)).not.toEqual(first[0]);
    expect(first[0]?.at(-1)).toEqual({ kind: 'check' });
  });

  it('shrinks a failing sequence to the operations that matter', async () => {
    const ops: Op[] = Array.from({ length: 40 }, (_, n) => ({ kind: 'clock', ms: n }));
    // Fails when ops 7 and 31 are both played, in order.
    const fails = (list: Op[]) =>
      Promise.resolve(list.some((op) => op.kind === 'clock' && op.ms === 7) && list.some((op) => op.kind === 'clock' && op.ms === 31));
    const shrunk = await shrink(ops, fails, 10_000);
    expect(shrunk.ops).toEqual([
      { kind: 'clock', ms: 7 },
      { kind: 'clock', ms: 31 },
    ]);
  });
});

describe('torture summary of a run split into jobs', () => {
  const result = (seed: number, rounds: number, kills: number, failure: unknown): SummaryResult => ({
    seed,
    rounds,
    stats: {
      ops: rounds * 21,
      writes: rounds * 15,
      refused: rounds,
      faults: { kill: kills, drop: 1, restore: 0, backup: 1, offline: 2, clock: 0 },
      checks: rounds,
      invariantsChecked: rounds * 100,
    },
    failure,
    ms: 60_000,
  });

  it('sums the seeds of every job, as read back from the JSON each job wrote, and counts each failure', () => {
    const jobs = [[result(1001, 100, 3, null)], [result(1002, 40, 2, { round: 40 })]].map((job) => JSON.parse(JSON.stringify(job)) as SummaryResult[]);
    const line = summaryLine(jobs.flat(), 'couchdb');
    expect(line).toContain('torture [couchdb] seeds 1001,1002: 140 rounds, 2940 operations');
    expect(line).toContain('5 server kills');
    expect(line).toContain('140 checks, 14000 invariant checks, 1 failures, 120 s');
  });
});
