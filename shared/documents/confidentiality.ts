/**
 * Which parts of a meeting must stay out of public documents: an item taken in committee,
 * every sub-item of it, and every resolution taken on it or itself marked in committee.
 * Also the depth of each numbered item, for its heading level.
 */
import type { AgendaItem, Resolution } from '../schemas';
import type { NumberedAgendaItem } from './inputs';

type Placed = Pick<AgendaItem, 'id' | 'parentId' | 'inCommittee'>;

export interface ItemOutline {
  entry: NumberedAgendaItem;
  /** 0 for a top-level item, 1 for 7.1, 2 for 7.1.1. */
  depth: number;
  /** In committee itself or under an item that is. */
  confidential: boolean;
}

/** How deep an item sits, and whether it or any item above it is taken in committee. */
function placeOf(item: Placed, byId: ReadonlyMap<string, Placed>): { depth: number; confidential: boolean } {
  let depth = 0;
  let confidential = item.inCommittee;
  const seen = new Set<string>([item.id]);
  let parent = item.parentId ? byId.get(item.parentId) : undefined;
  // `seen` guards against a cycle of parents that two offline edits could create.
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    depth += 1;
    confidential ||= parent.inCommittee;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return { depth, confidential };
}

/** The items in the order given, with their depth and confidentiality worked out from their parents. */
export function outlineItems(items: readonly NumberedAgendaItem[]): ItemOutline[] {
  const byId = new Map(items.map((entry) => [entry.item.id, entry.item]));
  return items.map((entry) => ({ entry, ...placeOf(entry.item, byId) }));
}

/** The ids of the items whose content must stay out of public documents, from items in any order. */
export function inCommitteeItemIds(items: readonly Placed[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return items.filter((item) => placeOf(item, byId).confidential).map((item) => item.id);
}

/** As inCommitteeItemIds, for numbered items. */
export function confidentialItemIds(items: readonly NumberedAgendaItem[]): Set<string> {
  return new Set(inCommitteeItemIds(items.map((entry) => entry.item)));
}

export function isResolutionConfidential(resolution: Pick<Resolution, 'inCommittee' | 'agendaItemId'>, confidentialItems: ReadonlySet<string>): boolean {
  return resolution.inCommittee === true || (!!resolution.agendaItemId && confidentialItems.has(resolution.agendaItemId));
}
