/** The one search (SearchReads) over the demo municipality: queries and stakeholders are found too, each with its reference. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { rankHits } from '../../../renderer/src/features/palette/palette-model';
import { searchHitPath } from '../../../renderer/src/features/search/search-hits';
import { createTestData, type TestData } from '../support/test-database';

describe('searching the demo municipality', () => {
  let data: TestData;
  beforeAll(async () => {
    data = await createTestData();
    await loadDemoMunicipality(data.repos, new Date('2026-11-23T08:00:00.000Z'));
  });
  afterAll(async () => {
    await data.db.remove();
  });

  it('finds a query by words of its description, with its reference, and opens it on its page', async () => {
    const hits = await data.repos.search.search('running down the street');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({
      kind: 'query',
      title: expect.stringMatching(/Burst water pipe on Marula Street$/) as unknown,
      reference: expect.stringMatching(/^Q-\d{4}-0001/) as unknown,
    });
    expect(searchHitPath(hit!)).toBe(`/queries/${hit!.id}`);
  });

  it('finds a stakeholder by e-mail address', async () => {
    const hits = await data.repos.search.search('waterwatch.example.org');
    expect(hits.map((h) => [h.kind, h.title])).toEqual([['stakeholder', 'Mopane Ridge Water Watch']]);
  });

  it('finds a stakeholder by phone number however it is written, and keeps the number as typed', async () => {
    for (const typed of ['+27 72 000 0101', '0027720000101', '072-000-0101']) {
      const hits = (await data.repos.search.search(typed)).filter((h) => h.kind === 'stakeholder');
      // The demo's two records of one person: one typed her number the national way, one the international.
      expect(hits.map((h) => h.title).sort(), typed).toEqual(['D. Mashele', 'Mrs Dorah Mashele']);
      expect(hits.find((h) => h.title === 'Mrs Dorah Mashele')?.snippet).toBe('072 000 0101');
      expect(hits.find((h) => h.title === 'D. Mashele')?.snippet).toContain('+27 72 000 0101');
    }
    expect((await data.repos.search.search('+27 72 000 0102')).filter((h) => h.kind === 'stakeholder')).toEqual([]);
  });

  it('ranks the resolution whose number was typed first, among records that mention it', async () => {
    const [resolution] = (await data.repos.search.search('water infrastructure')).filter((h) => h.kind === 'resolution');
    const number = resolution!.reference!;
    const ranked = rankHits(number.replace(' ', ''), await data.repos.search.search(number));
    expect(ranked[0]).toMatchObject({ score: 0, value: { kind: 'resolution', reference: number } });
  });
});
