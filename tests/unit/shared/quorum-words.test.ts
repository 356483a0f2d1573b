import { describe, expect, it } from 'vitest';
import { majorityRuleInWords } from '../../../shared/domain/quorum';

describe('the quorum rule in words', () => {
  it('never says "1 of 0" for a body with no members yet', () => {
    expect(majorityRuleInWords(0)).toBe('A majority of the members: more than half, counted once members are added');
    expect(majorityRuleInWords(0)).not.toContain('of 0');
  });

  it('gives the number once there are members', () => {
    expect(majorityRuleInWords(1)).toBe('A majority of the members: 1 of 1');
    expect(majorityRuleInWords(45)).toBe('A majority of the members: 23 of 45');
  });
});
