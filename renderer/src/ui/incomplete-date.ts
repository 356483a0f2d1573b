/**
 * A date typed only in part, for the forms that refuse it. Apart from date-text.ts so that the
 * forms, DateField and schema-resolver do not bring date-fns into the start-up bundle (it comes
 * with the picker); date-text.ts exports these too.
 */

/** What the empty field shows, and the form a date is typed in. */
export const DATE_FIELD_PLACEHOLDER = 'YYYY/MM/DD';

/**
 * What a date field gives its form while the person has typed part of a date (`2026/12/`) or a
 * date that does not exist (`2027/02/30`): not '' (that is "no date", and a date already saved
 * would be cleared), not a calendar date. The form refuses it with `incompleteDateMessage`.
 */
export const INCOMPLETE_DATE = 'incomplete-date';

/** The field holds a date typed only in part, or one that does not exist. */
export function isIncompleteDate(value: unknown): boolean {
  return value === INCOMPLETE_DATE;
}

/**
 * What a form says under a date field typed only in part: `Due date is incomplete or not a real
 * date: type it as YYYY/MM/DD, or clear the field.` A required date is not offered clearing.
 */
export function incompleteDateMessage(label: string, required = false): string {
  return `${label} is incomplete or not a real date: type it as ${DATE_FIELD_PLACEHOLDER}${required ? '' : ', or clear the field'}.`;
}
