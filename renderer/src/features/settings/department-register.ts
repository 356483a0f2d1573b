/**
 * The municipality's departments, kept in the settings area "departments": adding, renaming,
 * retiring and reinstating one, and deleting one that no record names. Every change goes through
 * the settings repository (validated against the area's schema and audited); the rules are in
 * shared/domain/departments.ts. A department is never deleted while a record names it: the
 * refusal says where it is named, and retiring it is the way to stop offering it.
 */
import { newId } from '@shared/domain/ids';
import {
  cleanDepartmentName,
  departmentDraftProblems,
  departmentNameProblem,
  departmentUsesSentence,
  suggestDepartmentCode,
  type DepartmentUses,
} from '@shared/domain/departments';
import type { Department } from '@shared/settings/areas';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { SettingsRepository } from './settings.repository';

const TITLE = 'Department';

/** A repository of records that may name a department, asked how many do. */
interface DepartmentCounter {
  countByDepartment(departmentId: string): Promise<number>;
}

/** Where a department may be named: each kind of record is counted by its own repository. */
export interface DepartmentUsers {
  queries: DepartmentCounter;
  resolutions: DepartmentCounter;
  members: DepartmentCounter;
  bodies: DepartmentCounter;
  agenda: DepartmentCounter;
}

export class DepartmentRegister {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly users: DepartmentUsers,
  ) {}

  list(): Promise<Department[]> {
    return this.settings.getArea('departments').then((area) => area.items);
  }

  /**
   * Writes the list changed from `read` (the list as read for this change): a department someone
   * else added or changed since, synced in meanwhile, is merged in, never written over.
   */
  private async save(items: Department[], read: Department[]): Promise<void> {
    await this.settings.saveArea('departments', { items }, { items: read });
  }

  private async find(id: string): Promise<{ items: Department[]; index: number }> {
    const items = await this.list();
    const index = items.findIndex((d) => d.id === id);
    if (index < 0) throw new RecordValidationError(TITLE, { id: 'This department is no longer in the list.' });
    return { items, index };
  }

  /** Adds a department; the code is made from the name's initials when none is given. */
  async add(input: { name: string; code?: string; director?: string }): Promise<Department> {
    const items = await this.list();
    const name = cleanDepartmentName(input.name);
    const code = (input.code ?? '').trim() || suggestDepartmentCode(name, items);
    const errors: FieldErrors = departmentDraftProblems({ name, code }, items);
    if (Object.keys(errors).length > 0) throw new RecordValidationError(TITLE, errors);
    const director = input.director?.trim();
    const department: Department = { id: newId(), name, code, ...(director ? { director } : {}) };
    await this.save([...items, department], items);
    return department;
  }

  /**
   * Renames a department: every record shows the new name, as records hold only its id.
   * `shownName` is the name the person saw in the dialog: a rename by someone else that arrived
   * meanwhile is kept beside this one as competing versions to settle, not written over.
   */
  async rename(id: string, name: string, shownName?: string): Promise<Department> {
    const { items, index } = await this.find(id);
    const problem = departmentNameProblem(name, items, id);
    if (problem) throw new RecordValidationError(TITLE, { name: problem });
    const renamed = { ...items[index]!, name: cleanDepartmentName(name) };
    const seen = shownName === undefined ? items : items.map((d, i) => (i === index ? { ...d, name: shownName } : d));
    await this.save(
      items.map((d, i) => (i === index ? renamed : d)),
      seen,
    );
    return renamed;
  }

  /** Retires (or reinstates) a department: it stays on old records, and is offered for no new ones. */
  async setRetired(id: string, retired: boolean): Promise<Department> {
    const { items, index } = await this.find(id);
    const current = items[index]!;
    if (!retired) {
      const problem = departmentNameProblem(
        current.name,
        items.filter((d) => !d.retired || d.id === id),
        id,
      );
      if (problem) throw new RecordValidationError(TITLE, { name: problem });
    }
    const { retired: _was, ...rest } = current;
    const changed: Department = retired ? { ...rest, retired: true } : rest;
    await this.save(
      items.map((d, i) => (i === index ? changed : d)),
      items,
    );
    return changed;
  }

  /** Where records name the department, by kind of record. */
  async uses(id: string): Promise<DepartmentUses> {
    const { users } = this;
    const [queries, resolutions, officials, bodies, items] = await Promise.all([
      users.queries.countByDepartment(id),
      users.resolutions.countByDepartment(id),
      users.members.countByDepartment(id),
      users.bodies.countByDepartment(id),
      users.agenda.countByDepartment(id),
    ]);
    return { queries, resolutions, officials, bodies, 'agenda items': items };
  }

  /** Deletes a department no record names; otherwise refuses, saying where it is named. */
  async remove(id: string): Promise<void> {
    const { items, index } = await this.find(id);
    const used = departmentUsesSentence(await this.uses(id));
    if (used)
      throw new RecordValidationError(TITLE, {
        id: `${items[index]!.name} cannot be deleted while records name it. ${used} Retire it instead: it then stays on those records and is offered for no new ones.`,
      });
    await this.save(
      items.filter((_, i) => i !== index),
      items,
    );
  }
}
