import { describe, expect, it } from 'vitest';
import { editDistance, findPossibleDuplicates, nameSimilarity, normalisePhone } from '../../../shared/domain/stakeholder-duplicates';
import type { Stakeholder } from '../../../shared/schemas';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 't', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 't', hasConflict: false };
const person = (id: string, name: string, extra: Partial<Stakeholder> = {}): Stakeholder => ({
  id,
  kind: 'person',
  category: 'resident',
  name,
  consentPurpose: 'Queries',
  ...extra,
  ...stamp,
});

const directory = [
  person('s1', 'Mrs Dorah Mashele', { phone: '072 000 0101' }),
  person('s2', 'Mr Francois Louw', { email: 'F.Louw@example.org' }),
  person('s3', 'Thabo Mokoena'),
  person('s4', 'Dorah Mashele', { mergedIntoId: 's1' }),
  person('s5', 'Anonymised stakeholder S5', { anonymisedAt: '2026-02-01T00:00:00.000Z' }),
];

describe('possible duplicate stakeholders', () => {
  it('reads South African numbers the same in every form', () => {
    expect(normalisePhone('+27 72 000 0101')).toBe('+27720000101');
    expect(normalisePhone('0027720000101')).toBe('+27720000101');
    expect(normalisePhone('(072) 000-0101')).toBe('+27720000101');
    expect(normalisePhone('072 000 0101')).toBe('+27720000101');
  });

  it('finds the same phone number written differently', () => {
    const found = findPossibleDuplicates({ name: 'Somebody Else', phone: '+27720000101' }, directory);
    expect(found.map((c) => c.stakeholder.id)).toEqual(['s1']);
    expect(found[0]?.reasons).toEqual(['Same phone number']);
    expect(findPossibleDuplicates({ name: 'Somebody Else', phone: '0027 72 000 0101' }, directory).map((c) => c.stakeholder.id)).toEqual(['s1']);
    expect(findPossibleDuplicates({ name: 'Somebody Else', phone: '072 000 0102' }, directory)).toEqual([]);
  });

  it('finds the same email in another case', () => {
    const found = findPossibleDuplicates({ name: 'F Louw', email: ' f.louw@EXAMPLE.org ' }, directory);
    expect(found[0]?.stakeholder.id).toBe('s2');
    expect(found[0]?.reasons).toContain('Same email address');
    expect(found[0]?.score).toBe(1);
  });

  it('finds similar names: titles, initials, typos, accents and word order', () => {
    expect(nameSimilarity('Mrs Dorah Mashele', 'D. Mashele')).toBe(1);
    expect(nameSimilarity('Dorah Mashele', 'Dora Mashele')).toBe(1);
    expect(nameSimilarity('Mashele, Dorah', 'Dorah Masheel')).toBe(1);
    expect(nameSimilarity('Zoë Nkosi', 'Zoe Nkosi')).toBe(1);
    expect(findPossibleDuplicates({ name: 'dorah  mashele' }, directory)[0]?.reasons).toEqual(['Same name']);
  });

  it('does not confuse different people', () => {
    expect(findPossibleDuplicates({ name: 'Thabo Molefe' }, directory)).toEqual([]);
    expect(findPossibleDuplicates({ name: 'Mashele' }, directory)).toEqual([]);
    expect(nameSimilarity('T M', 'Thabo Mokoena')).toBe(0);
    expect(findPossibleDuplicates({ name: 'Someone', phone: '072' }, directory)).toEqual([]);
  });

  it('never suggests merged or anonymised records, nor the record itself', () => {
    const found = findPossibleDuplicates({ name: 'Dorah Mashele' }, directory, { excludeId: 's1' });
    expect(found).toEqual([]);
    expect(findPossibleDuplicates({ name: 'Anonymised stakeholder S5' }, directory)).toEqual([]);
  });

  it('counts swapped letters as one edit', () => {
    expect(editDistance('mashele', 'masheel')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
