import { describe, expect, it } from 'vitest';
import {
  DEPARTMENT_NAME_MAX,
  departmentCodeProblem,
  departmentDraftProblems,
  departmentLabel,
  departmentNameOf,
  departmentNameProblem,
  departmentsOffered,
  departmentUsesSentence,
  suggestDepartmentCode,
} from '../../../shared/domain/departments';
import type { Department } from '../../../shared/settings/areas';

const departments: Department[] = [
  { id: 'd1', name: 'Community Services', code: 'CS' },
  { id: 'd2', name: 'Budget and Treasury', code: 'BTO' },
  { id: 'd3', name: 'Old Works', code: 'OW', retired: true },
];

describe('department names', () => {
  it('refuses an empty name and one longer than the limit, saying the limit', () => {
    expect(departmentNameProblem('   ', departments)).toBe('Enter the department’s name.');
    expect(departmentNameProblem('x'.repeat(DEPARTMENT_NAME_MAX + 1), departments)).toContain(`at most ${DEPARTMENT_NAME_MAX} characters`);
    expect(departmentNameProblem('x'.repeat(DEPARTMENT_NAME_MAX), departments)).toBeNull();
  });

  it('is unique ignoring case and white space, and points to a retired one to reinstate', () => {
    expect(departmentNameProblem('  community   SERVICES ', departments)).toBe('There is already a department called “Community Services”.');
    expect(departmentNameProblem('old works', departments)).toContain('reinstate it');
    expect(departmentNameProblem('Community Services', departments, 'd1')).toBeNull();
    expect(departmentNameProblem('Electricity <script>', departments)).toBeNull();
  });

  it('keeps codes unique and suggests one from the initials', () => {
    expect(departmentCodeProblem('cs', departments)).toBe('The code cs is already used by Community Services.');
    expect(departmentCodeProblem('', departments)).toBe('Enter a short code for the department.');
    expect(suggestDepartmentCode('Planning and Economic Development', departments)).toBe('PED');
    expect(suggestDepartmentCode('Corporate Services', departments)).toBe('CS2');
    expect(suggestDepartmentCode('🙂', departments)).toBe('DEPT');
  });

  it('gives every problem of a new department at once, an empty code being made later', () => {
    expect(departmentDraftProblems({ name: ' community services', code: 'bto' }, departments)).toEqual({
      name: 'There is already a department called “Community Services”.',
      code: 'The code bto is already used by Budget and Treasury.',
    });
    expect(departmentDraftProblems({ name: '', code: '' }, departments)).toEqual({ name: 'Enter the department’s name.' });
    expect(departmentDraftProblems({ name: 'Electricity', code: 'X'.repeat(13) }, departments)).toEqual({
      code: 'A department’s code may be at most 12 characters.',
    });
    expect(departmentDraftProblems({ name: 'Community Services', code: 'CS' }, departments, 'd1')).toEqual({});
  });
});

describe('retired departments', () => {
  it('are offered for no new choice but stay on the record that already names one', () => {
    expect(departmentsOffered(departments).map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(departmentsOffered(departments, 'd3').map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(departmentLabel(departments[2]!)).toBe('Old Works (retired)');
    expect(departmentLabel(departments[0]!)).toBe('Community Services');
    const index = new Map(departments.map((d) => [d.id, d]));
    expect(departmentNameOf(index, 'd3')).toBe('Old Works (retired)');
    expect(departmentNameOf(index, 'gone')).toBe('');
    expect(departmentNameOf(index, undefined)).toBe('');
  });

  it('say where a department is used, in words', () => {
    expect(departmentUsesSentence({})).toBeNull();
    expect(departmentUsesSentence({ queries: 0 })).toBeNull();
    expect(departmentUsesSentence({ queries: 1 })).toBe('It is named on 1 query.');
    expect(departmentUsesSentence({ queries: 3, officials: 1, bodies: 2 })).toBe('It is named on 3 queries, 1 official and 2 bodies.');
  });
});
