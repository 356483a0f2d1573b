/**
 * The length limits that the shared schemas set on what people type, said in words beside the
 * field: a counter on long fields, and a message (never a silent cut) when text is too long.
 */

/** Fields that may hold this many characters or more show a counter while typing. */
export const COUNTER_FROM = 200;

const NUMBER = new Intl.NumberFormat('en-ZA');

/** The `maxLength` a record schema sets on one of its properties, if any. */
export function schemaMaxLength(schema: { properties?: Record<string, unknown> }, property: string): number | undefined {
  const node = schema.properties?.[property];
  if (node === null || typeof node !== 'object') return undefined;
  const max = (node as { maxLength?: unknown }).maxLength;
  return typeof max === 'number' ? max : undefined;
}

/** `245 / 300` on fields long enough to need it; undefined on short ones. */
export function lengthCounter(value: string, maxLength: number): string | undefined {
  if (maxLength < COUNTER_FROM) return undefined;
  return `${NUMBER.format(value.length)} / ${NUMBER.format(maxLength)}`;
}

/** `Subject is 5 000 characters; at most 300.`, or undefined when the text fits. */
export function lengthProblem(label: string, value: string, maxLength: number): string | undefined {
  if (value.length <= maxLength) return undefined;
  return `${label} is ${NUMBER.format(value.length)} characters; at most ${NUMBER.format(maxLength)}.`;
}
