/**
 * The model of "Confirm previous minutes": which earlier meeting's minutes are confirmed under the
 * item. Only minutes of an earlier meeting of the body, drafted or circulated, are offered; the
 * meeting workflow checks again when it confirms them.
 */
import type { Resolver } from 'react-hook-form';
import type { Meeting } from '@shared/schemas';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';

export interface ConfirmMinutesValues {
  meetingId: string;
}

/** The body's earlier meetings whose minutes await confirmation, for the meeting in session. */
export function minutesAwaitingConfirmation(meeting: Pick<Meeting, 'startsAt'>, bodyMeetings: readonly Meeting[]): Meeting[] {
  return bodyMeetings.filter((m) => m.startsAt < meeting.startsAt && (m.status === 'minutes_draft' || m.status === 'minutes_circulated'));
}

export function confirmMinutesProblems(values: ConfirmMinutesValues, awaiting: readonly Pick<Meeting, 'id'>[]): FormMessages<ConfirmMinutesValues> {
  if (!values.meetingId) return { meetingId: 'Choose the minutes to confirm.' };
  if (!awaiting.some((m) => m.id === values.meetingId)) return { meetingId: 'Those minutes no longer await confirmation: choose from the list.' };
  return {};
}

export function confirmMinutesResolver(awaiting: readonly Pick<Meeting, 'id'>[]): Resolver<ConfirmMinutesValues> {
  return schemaResolver<ConfirmMinutesValues>({ schema: {}, fields: {}, check: (values) => confirmMinutesProblems(values, awaiting) });
}
