/**
 * What a screen reader says while an agenda item is moved with the keyboard (dnd-kit's live
 * region). dnd-kit's own words name the items by their ids ("Draggable item e00e883f… was moved
 * over droppable area 4462caa6…"); these name them by number and title, as the rows do.
 */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';

export const AGENDA_DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this item, press Space to pick it up, the up and down arrows to move it, and Space again to drop it in its new place, or Escape to leave it where it was.',
};

/** `label` gives an item's number and title ("3 Budget"); an id it does not know reads as "an item". */
export function agendaDragAnnouncements(label: (id: UniqueIdentifier) => string | undefined): Announcements {
  const item = (id: UniqueIdentifier) => {
    const text = label(id);
    return text ? `item ${text}` : 'an item';
  };
  const Item = (id: UniqueIdentifier) => {
    const text = item(id);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  // dnd-kit reports the item over its own place as the drag starts: that would replace "Picked up".
  let moved = false;
  return {
    onDragStart: ({ active }) => {
      moved = false;
      return `Picked up ${item(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      const home = !over || over.id === active.id;
      if (home && !moved) return undefined;
      moved = true;
      return home ? `${Item(active.id)} is in its own place.` : `${Item(active.id)} is over ${item(over.id)}.`;
    },
    onDragEnd: ({ active, over }) =>
      over && over.id !== active.id ? `${Item(active.id)} was moved to the place of ${item(over.id)}.` : `${Item(active.id)} was left in its place.`,
    onDragCancel: ({ active }) => `Moving ${item(active.id)} was cancelled; it is back in its place.`,
  };
}
