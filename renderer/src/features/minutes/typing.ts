/**
 * What a keystroke in the minutes changes, and so what need not render again for it. Typing
 * saves the item on every key; the discussion and decision-note editors keep their own text
 * while the minutes are editable, so an item that differs only in those fields (and in who
 * changed it when) shows nothing new to the rest of the item's panel.
 */
import { canEditMinutes } from '@shared/domain/meeting-lifecycle';
import type { AgendaItem, Meeting } from '@shared/schemas';
import { jsonEqual } from '@shared/sync/record-state';

const TYPED_FIELDS: ReadonlySet<string> = new Set(['discussion', 'decisionNote', 'updatedAt', 'updatedBy']);

/** The two states of an item are the same apart from what typing changes. */
export function sameApartFromTyping(a: AgendaItem, b: AgendaItem): boolean {
  if (a === b) return true;
  const before = a as unknown as Record<string, unknown>;
  const after = b as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!TYPED_FIELDS.has(key) && !jsonEqual(before[key], after[key])) return false;
  }
  return true;
}

/**
 * Props of an item's minutes panel are equal for rendering: every prop the same object, except
 * the item, which may differ in typed text while the minutes are editable. Read-only minutes
 * show the text itself, so there any change counts.
 */
export function sameMinutesPanel<P extends { item: AgendaItem; meeting: Meeting }>(prev: P, next: P): boolean {
  for (const key of Object.keys(next) as Array<keyof P>) {
    if (key !== 'item' && !Object.is(prev[key], next[key])) return false;
  }
  if (Object.keys(prev).length !== Object.keys(next).length) return false;
  if (prev.item === next.item) return true;
  return canEditMinutes(next.meeting.status) && sameApartFromTyping(prev.item, next.item);
}
