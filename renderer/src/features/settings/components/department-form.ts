/**
 * The checks of the department forms: the department register's own rules
 * (shared/domain/departments.ts) against the list on screen, so a duplicate or an overlong name is
 * said beside its field on the first submit, before anything is saved. The register checks again
 * when it saves (another laptop may have added the same name meanwhile).
 */
import type { Resolver } from 'react-hook-form';
import { departmentDraftProblems } from '@shared/domain/departments';
import type { Department } from '@shared/settings/areas';
import { schemaResolver } from '../../../ui/schema-resolver';

export interface DepartmentValues {
  name: string;
  code: string;
}

export type DepartmentField = keyof DepartmentValues;

/** Where the register's messages go: its field paths are the form's fields. */
export const DEPARTMENT_FIELD_OF: Partial<Record<string, DepartmentField>> = { name: 'name', code: 'code' };

export function departmentResolver(departments: readonly Department[], exceptId = ''): Resolver<DepartmentValues> {
  return schemaResolver<DepartmentValues>({
    schema: {},
    fields: {},
    check: (values) => departmentDraftProblems(values, departments, exceptId),
  });
}
