import { afterEach, describe, expect, it } from 'vitest';
import { recordOf } from '../../../renderer/src/db/record-of';
import { createTestData, type TestData } from '../support/test-database';

describe('recordOf: a stored record as a plain mutable object', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  /** A council stored through its repository, as its RxDB document. */
  async function storedBody(name: string) {
    data = await createTestData();
    const body = await data.repos.bodies.create({ name, code: 'C', kind: 'council', memberships: [], quorumRule: 'majority', archived: false });
    const doc = await data.db.bodies.findOne(body.id).exec();
    if (!doc) throw new Error('not stored');
    return doc;
  }

  it('gives what toMutableJSON gives, key for key, without RxDB bookkeeping', async () => {
    const doc = await storedBody('Council <b>&amp;</b> Zoë');
    const record = recordOf(doc);
    expect(record).toStrictEqual(doc.toMutableJSON());
    expect(Object.keys(record)).toEqual(Object.keys(doc.toMutableJSON()));
    for (const field of ['_rev', '_meta', '_deleted', '_attachments']) expect(record).not.toHaveProperty(field);
  });

  it('is a deep copy: changing it leaves the stored document alone', async () => {
    const doc = await storedBody('Council');
    const record = recordOf(doc);
    record.name = 'Changed';
    record.memberships.push({ memberId: 'm1', role: 'member', from: '2026-01-01' } as never);
    expect(doc.toJSON().name).toBe('Council');
    expect(doc.toJSON().memberships).toEqual([]);
  });
});
