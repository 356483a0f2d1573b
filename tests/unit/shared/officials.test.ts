import { describe, expect, it } from 'vitest';
import {
  actionOfficialProblem,
  actionsWithOfficialNames,
  matchOfficial,
  officialsOffered,
  personKey,
  responsibleOfficerProblem,
  unmatchedOfficerNames,
  type OfficialRef,
} from '../../../shared/domain/officials';

const officials = [
  { id: 'o1', fullName: 'Rhulani Hlungwani', title: 'Mr', departmentId: 'tech', active: true, kind: 'official' as const },
  { id: 'o2', fullName: 'Ronel Steyn', title: 'Ms', departmentId: 'fin', active: true, kind: 'official' as const },
  { id: 'o3', fullName: 'Thabo Mokoena', departmentId: 'tech', active: false, kind: 'official' as const },
  { id: 'o4', fullName: 'Sipho Dlamini', departmentId: 'fin', active: true, kind: 'official' as const },
  { id: 'o5', fullName: 'sipho  dlamini', departmentId: 'tech', active: true, kind: 'official' as const },
];

describe('matching typed officer names to officials', () => {
  it('ignores titles, case, punctuation and white space', () => {
    expect(personKey('Mr. Rhulani  HLUNGWANI ')).toBe('rhulani hlungwani');
    expect(personKey('Cllr Dr Mapula Seabi')).toBe('mapula seabi');
    expect(personKey('Mr')).toBe('mr');
    expect(matchOfficial('Rhulani Hlungwani', officials)).toBe('o1');
    expect(matchOfficial('Mr Rhulani Hlungwani', officials)).toBe('o1');
    expect(matchOfficial('mr. rhulani hlungwani', officials)).toBe('o1');
    expect(matchOfficial('Dr Ronel Steyn', officials)).toBe('o2');
  });

  it('leaves a name that matches no one, or two people, unmatched', () => {
    expect(matchOfficial('Rhulani', officials)).toBe('');
    expect(matchOfficial('', officials)).toBe('');
    expect(matchOfficial('Sipho Dlamini', officials)).toBe('');
  });

  it('offers active officials, the chosen department’s first', () => {
    expect(officialsOffered(officials, 'fin').map((o) => o.id)).toEqual(['o2', 'o4', 'o1', 'o5']);
    expect(officialsOffered(officials, 'tech', 'o3').map((o) => o.id)).toEqual(['o1', 'o5', 'o3', 'o2', 'o4']);
    expect(
      officialsOffered([...officials, { id: 'c1', fullName: 'A Councillor', kind: 'councillor' as const, active: true }], '').map((o) => o.id),
    ).not.toContain('c1');
  });

  it('lists the names records give with no official linked, once per person', () => {
    const unmatched = unmatchedOfficerNames(
      [{ officer: 'Field Officer', officerId: '' }, { officer: 'field officer' }, { officer: 'Rhulani Hlungwani', officerId: 'o1' }, { officer: '' }],
      [{ responsibleOfficial: 'Mr Field Officer' }, { responsibleOfficial: 'Ronel Steyn', responsibleOfficialId: 'o2' }],
    );
    expect(unmatched).toEqual([{ name: 'Field Officer', queries: 2, resolutions: 1, actions: 0 }]);
  });

  it('makes only an active official the responsible officer of a query', () => {
    expect(responsibleOfficerProblem('o1', officials[0] ?? null)).toBeNull();
    expect(responsibleOfficerProblem('', null)).toBe('Choose the responsible officer from the officials.');
    expect(responsibleOfficerProblem('gone', null)).toMatch(/not one of the officials/);
    expect(responsibleOfficerProblem('c1', { id: 'c1', fullName: 'A Councillor', kind: 'councillor', active: true })).toMatch(/not one of the officials/);
    expect(responsibleOfficerProblem('o3', officials[2] ?? null)).toBe('Thabo Mokoena is no longer an active official: choose another.');
  });
});

describe('the responsible official of an action arising from an item', () => {
  const known = new Map<string, OfficialRef | null>(officials.map((o) => [o.id, o]));
  known.set('gone', null);
  known.set('c1', { id: 'c1', fullName: 'A Councillor', kind: 'councillor', active: true });

  it('is optional, and when given is an active official chosen by id', () => {
    expect(actionOfficialProblem([{ id: 'a1' }], [], known)).toBeNull();
    expect(actionOfficialProblem([{ id: 'a1', officialId: 'o1' }], [], known)).toBeNull();
    expect(actionOfficialProblem([{ id: 'a1', officialId: 'gone' }], [], known)).toMatch(/not one of the officials/);
    expect(actionOfficialProblem([{ id: 'a1', officialId: 'c1' }], [], known)).toMatch(/not one of the officials/);
    expect(actionOfficialProblem([{ id: 'a1', officialId: 'o3' }], [], known)).toBe('Thabo Mokoena is no longer an active official: choose another.');
  });

  it('refuses a typed name on a new action, or a typed name changed, but keeps one typed before officials were people', () => {
    expect(actionOfficialProblem([{ id: 'a1', official: 'Mr Somebody' }], [], known)).toBe('Choose the responsible official from the officials.');
    const legacy = { id: 'a1', officialId: '', official: 'Field Officer' };
    expect(actionOfficialProblem([legacy, { id: 'a2' }], [legacy], known)).toBeNull();
    expect(actionOfficialProblem([{ ...legacy, official: 'Another Name' }], [legacy], known)).toBe('Choose the responsible official from the officials.');
  });

  it('keeps an official who has since left on an action saved before; a new action may not name them', () => {
    const saved = { id: 'a1', officialId: 'o3', official: 'Thabo Mokoena' };
    expect(actionOfficialProblem([{ ...saved }, { id: 'a2', officialId: 'o1' }], [saved], known)).toBeNull();
    expect(actionOfficialProblem([{ id: 'a2', officialId: 'o3' }], [saved], known)).toMatch(/no longer an active official/);
  });

  it('stores the official’s one name beside the id, whatever the caller sent', () => {
    expect(actionsWithOfficialNames([{ id: 'a1', officialId: 'o1', official: 'mr r hlungwani' }, { id: 'a2' }], known)).toEqual([
      { id: 'a1', officialId: 'o1', official: 'Rhulani Hlungwani' },
      { id: 'a2' },
    ]);
  });
});
