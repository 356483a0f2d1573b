/**
 * Schema of an agenda item and its minutes: what was discussed, declared and decided, and the
 * actions that followed. Resolutions are records of their own (see resolution.ts).
 */
import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import {
  attachmentsField,
  booleanField,
  conflictProperties,
  dateField,
  enumField,
  idField,
  lineField,
  longTextField,
  refField,
  requiredLineField,
  richTextSchema,
  trackingProperties,
  trackingRequired,
} from './fields';
import { AGENDA_ITEM_KINDS, DECISIONS } from './vocabulary';

export const agendaItemSchemaLiteral = {
  title: 'Agenda item',
  description: 'One item of a meeting agenda, with its minutes',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    meetingId: refField('Meeting'),
    parentId: refField('Parent item'),
    position: { type: 'number', title: 'Position', minimum: 0, maximum: 1_000_000, multipleOf: 0.0001 },
    frozenNumber: lineField('Item number', 20),
    title: requiredLineField('Title', 500),
    kind: enumField('Type of item', AGENDA_ITEM_KINDS),
    reportReference: lineField('Report reference', 80),
    departmentId: refField('Department'),
    presenter: lineField('Presenter', 160),
    inCommittee: booleanField('In committee'),
    /** Set on an item added after the notice was issued (version 1): why it is on the agenda late. */
    lateReason: lineField('Reason for the late item', 500),
    notes: longTextField('Notes', 20_000),
    discussion: { ...richTextSchema, title: 'Discussion' },
    decision: enumField('Decision', DECISIONS),
    decisionNote: longTextField('Decision note', 20_000),
    declarations: {
      type: 'array',
      title: 'Declarations of interest',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          memberId: refField('Member'),
          interest: requiredLineField('Interest declared', 1_000),
          leftMeeting: booleanField('Left the meeting for the item'),
        },
        required: ['memberId', 'interest', 'leftMeeting'],
        additionalProperties: false,
      },
    },
    actions: {
      type: 'array',
      title: 'Actions',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          id: idField,
          description: requiredLineField('Action', 2_000),
          departmentId: refField('Department'),
          /** The responsible official, chosen from the officials (version 2); '' when a name typed before matched none. */
          officialId: refField('Responsible official'),
          /** The official's name as it was when chosen, for display and exports; before version 2, typed. */
          official: lineField('Responsible official', 160),
          dueDate: dateField('Due date'),
          done: booleanField('Done'),
        },
        required: ['id', 'description', 'done'],
        additionalProperties: false,
      },
    },
    queryId: refField('Stakeholder query'),
    confirmsMeetingId: refField('Minutes confirmed under this item'),
    attachments: attachmentsField,
    ...trackingProperties,
    ...conflictProperties,
  },
  required: ['id', 'meetingId', 'parentId', 'position', 'title', 'kind', 'inCommittee', 'decision', ...trackingRequired, 'hasConflict'],
  additionalProperties: false,
  indexes: [['meetingId', 'position'], 'hasConflict'],
} as const;

export const agendaItemSchema = toTypedRxJsonSchema(agendaItemSchemaLiteral);
export type AgendaItem = ExtractDocumentTypeFromTypedRxJsonSchema<typeof agendaItemSchema>;
export type RichText = NonNullable<AgendaItem['discussion']>;
export type AgendaAction = NonNullable<AgendaItem['actions']>[number];
