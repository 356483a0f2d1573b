/**
 * Agenda item numbers. While the agenda is a draft, items are numbered by their place (7, 7.1,
 * 7.2) and renumber when moved. Once the notice is issued every number is frozen, because people
 * refer to the printed numbers: a late item then gets a letter after the item it follows (7.2A,
 * 7.2B) or the next number under a parent such as "Urgent matters" (12.1), and nothing shifts.
 *
 * Order is kept in integer `position`s with gaps, so an insertion rarely touches other items.
 */

export interface NumberedItem {
  id: string;
  /** '' for a top-level item. */
  parentId: string;
  position: number;
  /** Set once the notice is issued, and for every item added after that. */
  frozenNumber?: string | undefined;
}

export const POSITION_GAP = 1024;
export const MAX_DEPTH = 2;

export class AgendaNumberingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgendaNumberingError';
  }
}

/** Items under one parent, in agenda order. */
export function childrenOf<T extends NumberedItem>(items: readonly T[], parentId: string): T[] {
  return items.filter((item) => item.parentId === parentId).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/** Items in reading order (each parent followed by its sub-items), with their depth. */
export function inAgendaOrder<T extends NumberedItem>(items: readonly T[]): { item: T; depth: number }[] {
  const out: { item: T; depth: number }[] = [];
  const ids = new Set(items.map((i) => i.id));
  const walk = (parentId: string, depth: number) => {
    for (const item of childrenOf(items, parentId)) {
      out.push({ item, depth });
      walk(item.id, depth + 1);
    }
  };
  walk('', 0);
  // Orphans (a parent deleted on another device) still appear, at the end, so nothing is hidden.
  for (const item of items) if (item.parentId && !ids.has(item.parentId) && !out.some((o) => o.item === item)) out.push({ item, depth: 0 });
  return out;
}

/** The number of every item: its frozen number, or its place while the agenda is a draft. */
export function agendaNumbers(items: readonly NumberedItem[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const walk = (parentId: string, prefix: string) => {
    childrenOf(items, parentId).forEach((item, index) => {
      const number = item.frozenNumber ?? (prefix ? `${prefix}.${index + 1}` : `${index + 1}`);
      numbers.set(item.id, number);
      walk(item.id, number);
    });
  };
  walk('', '');
  for (const item of items) if (!numbers.has(item.id)) numbers.set(item.id, item.frozenNumber ?? '?');
  return numbers;
}

export function depthOf(items: readonly NumberedItem[], id: string): number {
  let depth = 0;
  let current = items.find((i) => i.id === id);
  while (current?.parentId) {
    depth += 1;
    current = items.find((i) => i.id === current?.parentId);
  }
  return depth;
}

/** A position for a new last item under a parent. */
export function positionAtEnd(items: readonly NumberedItem[], parentId: string): number {
  const siblings = childrenOf(items, parentId);
  return (siblings.at(-1)?.position ?? 0) + POSITION_GAP;
}

export interface PositionChange {
  id: string;
  parentId: string;
  position: number;
}

/** Spreads a parent's items out again with even gaps (used when two positions touch). */
function respaced(siblings: readonly NumberedItem[], parentId: string): PositionChange[] {
  return siblings.map((item, index) => ({ id: item.id, parentId, position: (index + 1) * POSITION_GAP }));
}

/**
 * Puts `id` at `index` among the children of `parentId` (a draft-agenda move: the numbers follow).
 * Returns the items whose parent or position changes.
 */
export function moveTo(items: readonly NumberedItem[], id: string, parentId: string, index: number): PositionChange[] {
  const item = items.find((i) => i.id === id);
  if (!item) throw new AgendaNumberingError('That item is no longer on the agenda.');
  if (item.frozenNumber) throw new AgendaNumberingError('The notice has been issued: item numbers are frozen and items cannot be moved.');
  if (parentId) {
    if (parentId === id || isDescendant(items, parentId, id)) throw new AgendaNumberingError('An item cannot be moved under itself.');
    const newDepth = depthOf(items, parentId) + 1;
    if (newDepth + subtreeHeight(items, id) > MAX_DEPTH - 1) {
      throw new AgendaNumberingError('Items can be nested one level deep (7 and 7.1).');
    }
  }
  const siblings = childrenOf(items, parentId).filter((s) => s.id !== id);
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const ordered = [...siblings.slice(0, clamped), item, ...siblings.slice(clamped)];
  const changes = respaced(ordered, parentId);
  return changes.filter((change) => {
    const before = items.find((i) => i.id === change.id);
    return !before || before.position !== change.position || before.parentId !== change.parentId;
  });
}

function isDescendant(items: readonly NumberedItem[], candidate: string, ancestor: string): boolean {
  let current = items.find((i) => i.id === candidate);
  while (current?.parentId) {
    if (current.parentId === ancestor) return true;
    current = items.find((i) => i.id === current?.parentId);
  }
  return false;
}

function subtreeHeight(items: readonly NumberedItem[], id: string): number {
  const kids = childrenOf(items, id);
  return kids.length === 0 ? 0 : 1 + Math.max(...kids.map((k) => subtreeHeight(items, k.id)));
}

export type MoveDirection = 'up' | 'down' | 'indent' | 'outdent';

/** Keyboard moves: up/down among siblings, indent under the previous sibling, outdent after the parent. */
export function moveBy(items: readonly NumberedItem[], id: string, direction: MoveDirection): PositionChange[] {
  const item = items.find((i) => i.id === id);
  if (!item) throw new AgendaNumberingError('That item is no longer on the agenda.');
  const siblings = childrenOf(items, item.parentId);
  const index = siblings.findIndex((s) => s.id === id);
  switch (direction) {
    case 'up':
      if (index === 0) throw new AgendaNumberingError('This item is already first.');
      return moveTo(items, id, item.parentId, index - 1);
    case 'down':
      if (index === siblings.length - 1) throw new AgendaNumberingError('This item is already last.');
      return moveTo(items, id, item.parentId, index + 1);
    case 'indent': {
      const previous = siblings[index - 1];
      if (!previous) throw new AgendaNumberingError('The first item cannot become a sub-item: there is no item above it.');
      return moveTo(items, id, previous.id, childrenOf(items, previous.id).length);
    }
    case 'outdent': {
      if (!item.parentId) throw new AgendaNumberingError('This item is already a main item.');
      const parent = items.find((i) => i.id === item.parentId);
      const grandParent = parent?.parentId ?? '';
      const parentIndex = childrenOf(items, grandParent).findIndex((s) => s.id === item.parentId);
      return moveTo(items, id, grandParent, parentIndex + 1);
    }
  }
}

/** Every item's number as it stands, to be written as `frozenNumber` when the notice is issued. */
export function freezeNumbers(items: readonly NumberedItem[]): Map<string, string> {
  return agendaNumbers(items.map((item) => ({ ...item, frozenNumber: undefined })));
}

function letterSuffix(n: number): string {
  // A, B, … Z, AA, AB, …
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

export interface LatePlacement {
  parentId: string;
  position: number;
  frozenNumber: string;
  /** Other items whose positions must be spread out to make room (their numbers do not change). */
  respace: PositionChange[];
}

/**
 * Where a late item goes once numbers are frozen. `after`: directly after that item, as its
 * sibling, numbered with a letter (7.2 → 7.2A, then 7.2B). `under`: as the last sub-item of that
 * item, numbered after its last numbered sub-item (Urgent matters 12 → 12.1, 12.2).
 */
export function placeLateItem(items: readonly NumberedItem[], anchor: { after: string } | { under: string }): LatePlacement {
  const numbers = agendaNumbers(items);
  if ('under' in anchor) {
    const parent = items.find((i) => i.id === anchor.under);
    if (!parent) throw new AgendaNumberingError('That item is no longer on the agenda.');
    if (depthOf(items, parent.id) + 1 > MAX_DEPTH - 1) throw new AgendaNumberingError('Items can be nested one level deep (7 and 7.1).');
    const parentNumber = numbers.get(parent.id) ?? '';
    const used = childrenOf(items, parent.id)
      .map((child) => numbers.get(child.id) ?? '')
      .map((n) => new RegExp(`^${escapeRegExp(parentNumber)}\\.(\\d+)`).exec(n)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    const next = (used.length ? Math.max(...used) : 0) + 1;
    return { parentId: parent.id, position: positionAtEnd(items, parent.id), frozenNumber: `${parentNumber}.${next}`, respace: [] };
  }
  const previous = items.find((i) => i.id === anchor.after);
  if (!previous) throw new AgendaNumberingError('That item is no longer on the agenda.');
  const base = (numbers.get(previous.id) ?? '').replace(/[A-Z]+$/, '');
  const siblings = childrenOf(items, previous.parentId);
  const taken = new Set(siblings.map((s) => numbers.get(s.id)));
  let k = 0;
  while (taken.has(`${base}${letterSuffix(k)}`)) k += 1;
  // A lettered item goes after the item it follows and after the letters already there (7.2, 7.2A, 7.2B).
  const baseIndex = siblings.findIndex((s) => numbers.get(s.id) === base || s.id === previous.id);
  let insertAfter = siblings.indexOf(previous);
  for (let i = Math.max(baseIndex, insertAfter) + 1; i < siblings.length; i += 1) {
    const n = numbers.get(siblings[i]!.id) ?? '';
    if (new RegExp(`^${escapeRegExp(base)}[A-Z]+$`).test(n)) insertAfter = i;
    else break;
  }
  const before = siblings[insertAfter]!;
  const after = siblings[insertAfter + 1];
  const frozenNumber = `${base}${letterSuffix(k)}`;
  if (!after) return { parentId: previous.parentId, position: before.position + POSITION_GAP, frozenNumber, respace: [] };
  if (after.position - before.position > 1) {
    return { parentId: previous.parentId, position: Math.floor((before.position + after.position) / 2), frozenNumber, respace: [] };
  }
  const respace = respaced(siblings, previous.parentId);
  const beforeNew = respace[insertAfter]!.position;
  return { parentId: previous.parentId, position: beforeNew + POSITION_GAP / 2, frozenNumber, respace };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sorts display numbers as people read them: 2 < 7 < 7.1 < 7.2 < 7.2A < 7.10 < 10. */
export function compareItemNumbers(a: string, b: string): number {
  const parse = (n: string) =>
    n.split('.').map((part) => {
      const m = /^(\d+)([A-Z]*)$/.exec(part);
      return m ? { n: Number(m[1]), s: m[2] ?? '' } : { n: Number.MAX_SAFE_INTEGER, s: part };
    });
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (!x) return -1;
    if (!y) return 1;
    if (x.n !== y.n) return x.n - y.n;
    if (x.s !== y.s) return x.s.length - y.s.length || x.s.localeCompare(y.s);
  }
  return 0;
}

/** The top-level items that close the meeting (the template's Closure, at the very end): they stay last. */
export function closingItems<T extends NumberedItem & { kind: string }>(items: readonly T[]): T[] {
  const top = childrenOf(items, '');
  let start = top.length;
  while (start > 0 && top[start - 1]!.kind === 'closure') start -= 1;
  return top.slice(start);
}

/**
 * Where a new item goes in a draft agenda, as an index among the top-level items: at the end
 * means before the closing items; after an item means directly after it, but never after the
 * closing items. Null with the reason when the place is not allowed.
 */
export function insertionIndex<T extends NumberedItem & { kind: string }>(
  items: readonly T[],
  placement: { at: 'end' } | { after: string },
): { index: number } | { refused: string } {
  const top = childrenOf(items, '');
  const closing = closingItems(items);
  const endIndex = top.length - closing.length;
  if ('at' in placement) return { index: endIndex };
  if (closing.some((c) => c.id === placement.after)) return { refused: 'The closing items stay last: put the new item before them.' };
  const at = top.findIndex((t) => t.id === placement.after);
  return at < 0 ? { refused: 'That item is no longer on the agenda.' } : { index: Math.min(at + 1, endIndex) };
}
