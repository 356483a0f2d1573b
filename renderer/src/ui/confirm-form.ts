/**
 * The check of a confirmation that asks a reason (postponing, cancelling, adjourning,
 * withdrawing a publication): the reason is required, said in the words of its label. The
 * label comes with each request, so the resolver reads it from the form's context.
 */
import type { Resolver, ResolverResult } from 'react-hook-form';
import type { FormMessages } from './schema-resolver';

export interface ConfirmValues {
  reason: string;
}

/** What the confirmation on screen asks: the label of its reason, when it needs one. */
export interface ConfirmContext {
  reasonLabel?: string | undefined;
}

export function confirmProblems(values: ConfirmValues, reasonLabel?: string): FormMessages<ConfirmValues> {
  return reasonLabel && !values.reason.trim() ? { reason: `${reasonLabel} is required.` } : {};
}

export const confirmResolver: Resolver<ConfirmValues, ConfirmContext> = (values, context): ResolverResult<ConfirmValues> => {
  const message = confirmProblems(values, context?.reasonLabel).reason;
  if (!message) return { values, errors: {} };
  return { values: {}, errors: { reason: { type: 'validate', message } } };
};
