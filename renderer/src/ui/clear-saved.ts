/**
 * After a save, clears the fields whose text was saved and keeps any field changed while the save
 * ran: what was typed meanwhile is the next entry, never wiped.
 */
export function clearSaved<V, F extends keyof V & string>(saved: V, fields: readonly F[], current: (field: F) => unknown, clear: (field: F) => void): void {
  for (const field of fields) if (current(field) === saved[field]) clear(field);
}
