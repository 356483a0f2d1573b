/**
 * The words a screen reader hears while an agenda item is moved from the keyboard
 * (renderer/src/features/agenda/drag-announcements.ts): items by number and title, never by id.
 */
import { describe, expect, it } from 'vitest';
import type { Active, Over } from '@dnd-kit/core';
import { agendaDragAnnouncements } from '../../../renderer/src/features/agenda/drag-announcements';

const labels = new Map([
  ['a1', '1 Opening and welcome'],
  ['a2', '2 Apologies and leave of absence'],
]);
const say = agendaDragAnnouncements((id) => labels.get(String(id)));
const active = (id: string) => ({ id }) as unknown as Active;
const over = (id: string) => ({ id }) as unknown as Over;

describe('what a screen reader hears while an agenda item is dragged', () => {
  it('names the items by number and title at each step', () => {
    expect(say.onDragStart({ active: active('a1') })).toBe('Picked up item 1 Opening and welcome.');
    expect(say.onDragOver({ active: active('a1'), over: over('a2') })).toBe('Item 1 Opening and welcome is over item 2 Apologies and leave of absence.');
    expect(say.onDragEnd({ active: active('a1'), over: over('a2') })).toBe(
      'Item 1 Opening and welcome was moved to the place of item 2 Apologies and leave of absence.',
    );
    expect(say.onDragCancel({ active: active('a1'), over: null })).toBe('Moving item 1 Opening and welcome was cancelled; it is back in its place.');
  });

  it('keeps "Picked up" as the drag starts over the item’s own place, and says when it comes back there', () => {
    expect(say.onDragStart({ active: active('a1') })).toBe('Picked up item 1 Opening and welcome.');
    expect(say.onDragOver({ active: active('a1'), over: over('a1') })).toBeUndefined();
    expect(say.onDragOver({ active: active('a1'), over: over('a2') })).toBe('Item 1 Opening and welcome is over item 2 Apologies and leave of absence.');
    expect(say.onDragOver({ active: active('a1'), over: over('a1') })).toBe('Item 1 Opening and welcome is in its own place.');
  });

  it('says when an item is dropped in its own place, and never reads out an id', () => {
    expect(say.onDragEnd({ active: active('a1'), over: null })).toBe('Item 1 Opening and welcome was left in its place.');
    expect(say.onDragStart({ active: active('e00e883f-3ffc') })).toBe('Picked up an item.');
  });
});
