/**
 * The municipality's departments as a list a person keeps in Settings: adding, renaming and
 * retiring one, with the rules that keep the list usable. A retired department stays on the
 * records that name it and is offered for no new ones; a department is deleted only while no
 * record names it.
 */
import type { Department } from '../settings/areas';

/** The longest department name kept (the settings schema's limit). */
export const DEPARTMENT_NAME_MAX = 160;
/** The longest department code kept. */
export const DEPARTMENT_CODE_MAX = 12;

/** A name as compared for sameness: case, repeated and outer white space, and Unicode forms ignored. */
export function departmentKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en-ZA');
}

/** The name as stored: single spaces, no outer white space. */
export function cleanDepartmentName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Why this name cannot be used for the department `exceptId` (or a new one); null when it can. */
export function departmentNameProblem(name: string, departments: readonly Department[], exceptId = ''): string | null {
  const cleaned = cleanDepartmentName(name);
  if (!cleaned) return 'Enter the department’s name.';
  if (cleaned.length > DEPARTMENT_NAME_MAX) return `A department’s name may be at most ${DEPARTMENT_NAME_MAX} characters (this one has ${cleaned.length}).`;
  const key = departmentKey(cleaned);
  const same = departments.find((d) => d.id !== exceptId && departmentKey(d.name) === key);
  if (same)
    return same.retired
      ? `A retired department is already called “${same.name}”: reinstate it instead.`
      : `There is already a department called “${same.name}”.`;
  return null;
}

/** Why this code cannot be used; null when it can. Codes are unique too (they prefix resolution numbers). */
export function departmentCodeProblem(code: string, departments: readonly Department[], exceptId = ''): string | null {
  const cleaned = code.trim();
  if (!cleaned) return 'Enter a short code for the department.';
  if (cleaned.length > DEPARTMENT_CODE_MAX) return `A department’s code may be at most ${DEPARTMENT_CODE_MAX} characters.`;
  const same = departments.find((d) => d.id !== exceptId && d.code.trim().toLocaleUpperCase('en-ZA') === cleaned.toLocaleUpperCase('en-ZA'));
  return same ? `The code ${cleaned} is already used by ${same.name}.` : null;
}

/**
 * Every problem with a department about to be added (or renamed, with `exceptId`): the name and,
 * when one is typed, the code; an empty code is made from the initials, so it is never missing.
 * The department register refuses with these and the forms show them before saving.
 */
export function departmentDraftProblems(
  draft: { name: string; code?: string },
  departments: readonly Department[],
  exceptId = '',
): Partial<Record<'name' | 'code', string>> {
  const problems: Partial<Record<'name' | 'code', string>> = {};
  const name = departmentNameProblem(draft.name, departments, exceptId);
  if (name) problems.name = name;
  if (draft.code !== undefined && draft.code.trim() !== '') {
    const code = departmentCodeProblem(draft.code, departments, exceptId);
    if (code) problems.code = code;
  }
  return problems;
}

/** A code made from the name's initials (Community Services → CS), made unique with a number. */
export function suggestDepartmentCode(name: string, departments: readonly Department[]): string {
  const words = cleanDepartmentName(name)
    .split(' ')
    .filter((w) => /^[\p{L}\p{N}]/u.test(w) && !['and', 'of', 'the', 'for', '&'].includes(w.toLocaleLowerCase('en-ZA')));
  const initials = words
    .map((w) => w[0] ?? '')
    .join('')
    .toLocaleUpperCase('en-ZA')
    .replace(/[^A-Z0-9]/g, '');
  const base = (initials || 'DEPT').slice(0, DEPARTMENT_CODE_MAX - 2);
  const taken = new Set(departments.map((d) => d.code.toLocaleUpperCase('en-ZA')));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** Departments offered for a new choice: the active ones, plus the one already chosen (even if retired). */
export function departmentsOffered(departments: readonly Department[], currentId = ''): Department[] {
  return departments.filter((d) => !d.retired || d.id === currentId);
}

/** A department as named on a record: "(retired)" after a retired one. */
export function departmentLabel(department: Department): string {
  return department.retired ? `${department.name} (retired)` : department.name;
}

/** Where a department is named, by kind of record, for the message that refuses deleting it. */
export type DepartmentUses = Partial<Record<'queries' | 'resolutions' | 'officials' | 'bodies' | 'agenda items', number>>;

/** "It is named on 3 queries and 1 official." or null when nothing names it. */
export function departmentUsesSentence(uses: DepartmentUses): string | null {
  const parts = Object.entries(uses)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([kind, n]) => `${n} ${n === 1 ? kind.replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : '')) : kind}`);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `It is named on ${list}.`;
}

/** The name a record shows for its department id: "(retired)" after a retired one, '' for none or an unknown id. */
export function departmentNameOf(index: ReadonlyMap<string, Department>, id: string | undefined): string {
  const department = id ? index.get(id) : undefined;
  return department ? departmentLabel(department) : '';
}
