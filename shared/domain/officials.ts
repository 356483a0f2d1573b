/**
 * Officials as people: the responsible officer of a query or a resolution is one of the
 * municipality's officials (a member record of kind "official"), chosen from a list. Names
 * typed before that are matched to an official here, ignoring titles (Mr, Ms, Dr, Cllr, ...),
 * case, punctuation and white space; a name that matches no official, or more than one, stays
 * as text and is listed for a person to match.
 */
import type { Member } from '../schemas';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'adv', 'advocate', 'cllr', 'councillor', 'rev', 'hon', 'sir', 'madam']);

/** A person's name as compared: no titles, no punctuation, one space, lower case. */
export function personKey(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLocaleLowerCase('en-ZA')
    .replace(/[.,;:()"'’]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

export type OfficialRef = Pick<Member, 'id' | 'fullName'> & Partial<Pick<Member, 'title' | 'departmentId' | 'active' | 'kind'>>;

/** The id of the one official whose name matches, or '' when none or several do. */
export function matchOfficial(name: string, officials: readonly OfficialRef[]): string {
  const key = personKey(name);
  if (!key) return '';
  const found = officials.filter((o) => personKey(o.fullName) === key || personKey([o.title, o.fullName].filter(Boolean).join(' ')) === key);
  return found.length === 1 ? (found[0]?.id ?? '') : '';
}

/** The officials a responsible officer is chosen from: active ones, the chosen department's first, by name. */
export function officialsOffered<T extends OfficialRef>(members: readonly T[], departmentId: string, currentId = ''): T[] {
  return members
    .filter((m) => (m.kind === undefined || m.kind === 'official') && (m.active !== false || m.id === currentId))
    .sort((a, b) => {
      const inA = departmentId && a.departmentId === departmentId ? 0 : 1;
      const inB = departmentId && b.departmentId === departmentId ? 0 : 1;
      return inA - inB || a.fullName.localeCompare(b.fullName, 'en-ZA');
    });
}

/**
 * Why the official chosen (`officerId`, read as `official`) cannot be made the responsible officer
 * of a query or a resolution, or null: they must be one of the officials, and still active. One
 * already responsible (`keepId`: a resolution's, whose due date changes) may stay after leaving.
 */
export function responsibleOfficerProblem(officerId: string, official: OfficialRef | null, keepId = ''): string | null {
  if (!officerId) return 'Choose the responsible officer from the officials.';
  if (!official || official.kind !== 'official') return 'That person is not one of the officials: choose the responsible officer from the list.';
  if (official.active === false && official.id !== keepId) return `${official.fullName} is no longer an active official: choose another.`;
  return null;
}

/** The officer's name as stored beside the id, for display and exports: the official's one name. */
export function officialName(official: Pick<Member, 'fullName'>): string {
  return official.fullName.trim();
}

/** A typed name that matched no official, with how many records name it. */
export interface UnmatchedName {
  name: string;
  queries: number;
  resolutions: number;
  /** Actions arising from agenda items (in the minutes). */
  actions: number;
}

/** The names records give as their officer with no official linked, grouped by name as compared. */
export function unmatchedOfficerNames(
  queries: readonly { officer: string; officerId?: string }[],
  resolutions: readonly { responsibleOfficial?: string; responsibleOfficialId?: string }[],
  actions: readonly { official?: string; officialId?: string }[] = [],
): UnmatchedName[] {
  const byKey = new Map<string, UnmatchedName>();
  const add = (name: string, field: 'queries' | 'resolutions' | 'actions') => {
    const key = personKey(name);
    if (!key) return;
    const entry = byKey.get(key) ?? { name: name.trim(), queries: 0, resolutions: 0, actions: 0 };
    entry[field] += 1;
    byKey.set(key, entry);
  };
  for (const q of queries) if (!q.officerId) add(q.officer, 'queries');
  for (const r of resolutions) if (!r.responsibleOfficialId && r.responsibleOfficial) add(r.responsibleOfficial, 'resolutions');
  for (const a of actions) if (a.officialId === '' && a.official) add(a.official, 'actions');
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-ZA'));
}

/** What an action arising from an item says of its responsible official. */
export interface ActionOfficial {
  id: string;
  officialId?: string;
  official?: string;
}

/**
 * Why a list of actions arising cannot be saved over `before`, or null. The responsible official of
 * an action is optional, and when given is one of the officials, chosen from the list: a new
 * action, or one whose official changes, names an active official by id; a name typed before
 * officials were people (kept on an older action, unlinked) may stay, but no new one is typed.
 * `officials` holds the records of the officials the actions name (null: no such official).
 */
export function actionOfficialProblem(
  next: readonly ActionOfficial[],
  before: readonly ActionOfficial[],
  officials: ReadonlyMap<string, OfficialRef | null>,
): string | null {
  const earlier = new Map(before.map((a) => [a.id, a]));
  for (const action of next) {
    const was = earlier.get(action.id);
    const officialId = action.officialId ?? '';
    if (!officialId) {
      const typed = (action.official ?? '').trim();
      const keptAsTyped = was !== undefined && !was.officialId && (was.official ?? '').trim() === typed;
      if (typed && !keptAsTyped) return 'Choose the responsible official from the officials.';
      continue;
    }
    if (was?.officialId === officialId) continue;
    const problem = responsibleOfficerProblem(officialId, officials.get(officialId) ?? null);
    if (problem) return problem;
  }
  return null;
}

/** The actions as stored: each linked official's one name beside their id. */
export function actionsWithOfficialNames<T extends ActionOfficial>(actions: readonly T[], officials: ReadonlyMap<string, OfficialRef | null>): T[] {
  return actions.map((action) => {
    const official = action.officialId ? officials.get(action.officialId) : null;
    return official ? { ...action, official: officialName(official) } : action;
  });
}
