/** The rule of an erasure on request (POPIA): who asked and when, within a paragraph, and ERASE typed. */
import { describe, expect, it } from 'vitest';
import { ERASURE_REQUEST_MAX, erasureProblems, erasureRequestProblem } from '../../../shared/domain/stakeholders';

describe('erasing a person on request', () => {
  it('says every missing thing at once', () => {
    expect(erasureProblems({ reason: '  ', confirmation: 'erase' })).toEqual({
      reason: 'Record who asked for the erasure and when, for the audit trail.',
      confirmation: 'Type ERASE to confirm.',
    });
    expect(erasureProblems({ reason: 'By email on 14 April 2026.', confirmation: ' ERASE ' })).toEqual({});
  });

  it('keeps the request to a paragraph, since it is written on every query of the person', () => {
    expect(erasureRequestProblem('x'.repeat(ERASURE_REQUEST_MAX))).toBeNull();
    expect(erasureRequestProblem('x'.repeat(ERASURE_REQUEST_MAX + 1))).toBe('The request may be at most 2\u00a0000 characters (this one has 2\u00a0001).');
    expect(erasureRequestProblem('<script>alert(1)</script> by phone')).toBeNull();
  });
});
