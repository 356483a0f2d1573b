/**
 * Possible duplicates in the stakeholder directory: the same person logged twice ("Mrs Dorah
 * Mashele" and "D. Mashele", one phone number written as 072 000 0101 and +27 72 000 0101).
 * A pure rule: it suggests, a person decides whether to merge.
 */
import type { Stakeholder } from '../schemas';
import { phoneKey, storedPhoneKey } from './phone';

export interface StakeholderDraftForMatching {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
}

export interface DuplicateCandidate {
  stakeholder: Stakeholder;
  /** 0–1: how likely the two records are one person or organisation. */
  score: number;
  reasons: string[];
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'cllr', 'adv', 'rev', 'hon', 'sir', 'madam']);

/**
 * The form phone numbers are compared by: E.164 for a valid number, read as South African when it
 * has no country code ("072 000 0101" and "+27 72 000 0101" are both +27720000101); see phone.ts.
 */
export function normalisePhone(phone: string | undefined): string {
  return phoneKey(phone);
}

export function normaliseEmail(email: string | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/** Words of a name without titles, accents, punctuation or case. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((token) => token && !TITLES.has(token));
}

/** Edits (insert, delete, substitute, swap neighbours) to turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial matches the word it stands for: "D Mashele" and "Dorah Mashele".
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  return editDistance(a, b) <= (shorter >= 8 ? 2 : 1);
}

/** 0–1: the share of words the two names have in common, allowing typos and initials, in any order. */
export function nameSimilarity(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const unused = [...right];
  let matched = 0;
  let initialsOnly = true;
  for (const token of left) {
    const index = unused.findIndex((other) => tokensMatch(token, other));
    if (index >= 0) {
      matched += 1;
      if (token.length > 1 && (unused[index]?.length ?? 0) > 1) initialsOnly = false;
      unused.splice(index, 1);
    }
  }
  // Two names that share only initials ("T M" and "Thabo Mokoena") say little.
  if (initialsOnly) return 0;
  return (2 * matched) / (left.length + right.length);
}

export const NAME_SIMILARITY_THRESHOLD = 0.8;

/**
 * Records in `existing` that may be the same as `draft`, most likely first. Merged and
 * anonymised records are never suggested; `excludeId` leaves out the record itself.
 */
export function findPossibleDuplicates(
  draft: StakeholderDraftForMatching,
  existing: readonly Stakeholder[],
  options: { excludeId?: string; limit?: number } = {},
): DuplicateCandidate[] {
  const phone = normalisePhone(draft.phone);
  const phoneDigits = phone.replace(/\D/g, '');
  // Every form of a number ends with its last 7 digits: only those records are parsed (a large directory).
  const tail = phoneDigits.slice(-7);
  const email = normaliseEmail(draft.email);
  const candidates: DuplicateCandidate[] = [];
  for (const stakeholder of existing) {
    if (stakeholder.id === options.excludeId || stakeholder.mergedIntoId || stakeholder.anonymisedAt) continue;
    const reasons: string[] = [];
    let score = 0;
    if (phoneDigits.length >= 9 && (stakeholder.phone ?? '').replace(/\D/g, '').includes(tail) && storedPhoneKey(stakeholder) === phone) {
      reasons.push('Same phone number');
      score = Math.max(score, 0.95);
    }
    if (email && normaliseEmail(stakeholder.email) === email) {
      reasons.push('Same email address');
      score = Math.max(score, 0.95);
    }
    const similarity = nameSimilarity(draft.name, stakeholder.name);
    if (similarity >= NAME_SIMILARITY_THRESHOLD) {
      const same = nameTokens(draft.name).sort().join(' ') === nameTokens(stakeholder.name).sort().join(' ');
      reasons.push(same ? 'Same name' : 'Similar name');
      score = Math.max(score, similarity * 0.9);
      if (reasons.length > 1) score = 1;
    }
    if (reasons.length > 0) candidates.push({ stakeholder, score, reasons });
  }
  return candidates.sort((a, b) => b.score - a.score || a.stakeholder.name.localeCompare(b.stakeholder.name)).slice(0, options.limit ?? 5);
}
