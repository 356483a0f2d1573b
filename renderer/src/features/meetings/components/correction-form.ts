/**
 * The form that records a correction against confirmed minutes: its values, the checks of the
 * meeting schema's correction (a reason, lengths) in the words of the form's labels, and where the
 * register's refusals go.
 */
import type { Resolver } from 'react-hook-form';
import { meetingSchema } from '@shared/schemas/meeting';
import type { FieldErrors } from '@shared/validation/record-validator';
import { schemaResolver } from '../../../ui/schema-resolver';

export interface CorrectionValues {
  target: string;
  reason: string;
  before: string;
  after: string;
}

export type CorrectionField = keyof CorrectionValues;

export const EMPTY_CORRECTION: CorrectionValues = { target: '', reason: '', before: '', after: '' };

const ENTRY = meetingSchema.properties.corrections.items;
const LABELS: Record<CorrectionField, string> = {
  target: 'What is corrected',
  reason: 'Reason for the correction',
  before: 'The minutes said',
  after: 'Corrected to read',
};

function isCorrectionField(key: string): key is CorrectionField {
  return key in LABELS;
}

/** One correction as the form names it: the schema's rules, the form's labels in its messages. */
export const CORRECTION_SCHEMA = {
  ...ENTRY,
  properties: Object.fromEntries(
    Object.entries(ENTRY.properties).map(([key, node]) => [key, { ...node, title: isCorrectionField(key) ? LABELS[key] : node.title }]),
  ),
};

/** The reason is required ("Reason for the correction is required."), every field within its limit, all at once. */
export const correctionResolver: Resolver<CorrectionValues> = schemaResolver<CorrectionValues>({
  schema: CORRECTION_SCHEMA,
  fields: { target: 'target', reason: 'reason', before: 'before', after: 'after' },
});

/** Where the register's messages go: a correction's path is `corrections.<n>.<property>`. */
export function correctionFieldOf(errors: FieldErrors): Partial<Record<string, CorrectionField>> {
  const fieldOf: Partial<Record<string, CorrectionField>> = {};
  for (const path of Object.keys(errors)) {
    const property = /^corrections\.\d+\.(\w+)$/.exec(path)?.[1];
    if (property && isCorrectionField(property)) fieldOf[path] = property;
  }
  return fieldOf;
}
