import type { Locator } from '@playwright/test';

/**
 * A date field as a person uses it: the field is a group of year, month and day, typed in the
 * en-ZA order (2026/12/04) whatever the browser's locale. Dates in tests are `YYYY-MM-DD`.
 */
export function dateField(scope: Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

/** Clears the field and types the date (or leaves it empty for ''). */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  const keyboard = field.page().keyboard;
  await field.getByRole('spinbutton', { name: 'Year' }).click();
  // With every part selected, typing fills the date from its year on.
  await keyboard.press('ControlOrMeta+a');
  if (!iso) {
    await keyboard.press('Backspace');
    return;
  }
  await keyboard.type(iso.replaceAll('-', ''));
}

/** What the field shows, as `2026/12/04` (`YYYY/MM/DD` when empty). */
export async function shownDate(field: Locator): Promise<string> {
  return (await field.getByRole('spinbutton').allInnerTexts()).map((text) => text.trim()).join('/');
}
