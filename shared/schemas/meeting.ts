/**
 * Schema of a meeting of a body: its schedule, lifecycle, attendance register, and the
 * confirmation and corrections of its minutes.
 */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import {
  attachmentsField,
  booleanField,
  conflictProperties,
  enumField,
  idField,
  instantField,
  lineField,
  longTextField,
  refField,
  requiredLineField,
  trackingProperties,
  trackingRequired,
} from './fields';
import { ATTENDANCE_STATUSES, ATTENDEE_KINDS, MEETING_STATUSES, MEETING_TYPES } from './vocabulary';

export const meetingSchemaLiteral = {
  title: 'Meeting',
  description: 'A sitting of Council or a committee',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    bodyId: refField('Body'),
    type: enumField('Type of meeting', MEETING_TYPES),
    title: requiredLineField('Title', 200),
    number: lineField('Meeting number', 40),
    sequence: { type: 'integer', title: 'Meeting number in the year', minimum: 1, maximum: 999 },
    startsAt: instantField('Starts'),
    endsAt: instantField('Ends'),
    venue: requiredLineField('Venue', 200),
    chairpersonId: refField('Chairperson'),
    status: enumField('Status', MEETING_STATUSES),
    statusReason: lineField('Reason', 500),
    noticeIssuedAt: instantField('Notice issued at'),
    openedAt: instantField('Opened at'),
    closedAt: instantField('Closed at'),
    history: {
      type: 'array',
      title: 'Status history',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          at: instantField('At'),
          by: lineField('By', 120),
          from: enumField('From', MEETING_STATUSES),
          to: enumField('To', MEETING_STATUSES),
          reason: lineField('Reason', 500),
        },
        required: ['at', 'by', 'from', 'to'],
        additionalProperties: false,
      },
    },
    attendance: {
      type: 'array',
      title: 'Attendance',
      maxItems: 1_000,
      items: {
        type: 'object',
        properties: {
          id: idField,
          kind: enumField('Attendee kind', ATTENDEE_KINDS),
          memberId: refField('Member'),
          name: lineField('Name', 160),
          capacity: lineField('Capacity', 160),
          status: enumField('Attendance', ATTENDANCE_STATUSES),
          arrivedAt: instantField('Arrived at'),
          departedAt: instantField('Left at'),
          leaveOfAbsence: booleanField('Leave of absence granted'),
        },
        required: ['id', 'kind', 'status'],
        additionalProperties: false,
      },
    },
    confirmedByMeetingId: refField('Confirmed at meeting'),
    confirmedAt: instantField('Confirmed at'),
    corrections: {
      type: 'array',
      title: 'Corrections',
      maxItems: 1_000,
      items: {
        type: 'object',
        properties: {
          at: instantField('At'),
          by: lineField('By', 120),
          reason: requiredLineField('Reason', 1_000),
          target: lineField('Corrected item', 200),
          before: longTextField('Before'),
          after: longTextField('After'),
        },
        required: ['at', 'by', 'reason'],
        additionalProperties: false,
      },
    },
    attachments: attachmentsField,
    ...trackingProperties,
    ...conflictProperties,
  },
  required: ['id', 'bodyId', 'type', 'title', 'startsAt', 'venue', 'status', 'history', 'attendance', ...trackingRequired, 'hasConflict'],
  additionalProperties: false,
  indexes: ['startsAt', 'status', ['bodyId', 'startsAt'], 'hasConflict'],
} as const;

export const meetingSchema = toTypedRxJsonSchema(meetingSchemaLiteral);
export type Meeting = ExtractDocumentTypeFromTypedRxJsonSchema<typeof meetingSchema>;
export type AttendanceEntry = Meeting['attendance'][number];
