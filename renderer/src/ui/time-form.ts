/**
 * The check of a dialog that asks one time of day (a late arrival, an early departure, the time a
 * meeting closed): a time on the 24-hour clock, in the dialog's own words. What the time may be
 * (not in the future, not before the opening) is the caller's domain rule, said after submitting.
 */
import type { Resolver } from 'react-hook-form';
import { normalizeClockTime } from '@shared/domain/time';
import { schemaResolver } from './schema-resolver';

export interface TimeValues {
  time: string;
}

export function clockTimeResolver(message: string): Resolver<TimeValues> {
  return schemaResolver<TimeValues>({
    schema: {},
    fields: {},
    check: (values) => (normalizeClockTime(values.time) ? {} : { time: message }),
  });
}
