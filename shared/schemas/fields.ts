/**
 * Reusable JSON-schema fragments for Quorum's records.
 *
 * Every fragment carries a `title`: it is the field's name in the council's words, and the
 * record validator uses it to write messages a secretary understands ("Venue is too long").
 * Fragments are `as const` so RxDB can derive the TypeScript types from the schemas.
 */

/** Record ids are random, generated on the device (see shared/domain/ids.ts). */
export const idField = { type: 'string', title: 'Identifier', maxLength: 40, minLength: 1 } as const;

/** A reference to another record's id; '' where an indexed link is not set. */
export const refField = <T extends string>(title: T) => ({ type: 'string', title, maxLength: 40 }) as const;

/** An instant in time, ISO 8601 in UTC (`2026-11-23T08:30:00.000Z`). */
export const instantField = <T extends string>(title: T) =>
  ({
    type: 'string',
    title,
    format: 'date-time',
    maxLength: 30,
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$',
  }) as const;

/** A calendar date without a time (`2026-11-23`), as councils write due dates. */
export const dateField = <T extends string>(title: T) => ({ type: 'string', title, maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) as const;

/** A single line of text that a person types. */
export const lineField = <T extends string>(title: T, maxLength = 300) => ({ type: 'string', title, maxLength }) as const;

/** A required single line: may not be empty or only spaces. */
export const requiredLineField = <T extends string>(title: T, maxLength = 300) => ({ type: 'string', title, minLength: 1, maxLength, pattern: '\\S' }) as const;

/** Free text such as notes or descriptions: large but bounded. */
export const longTextField = <T extends string>(title: T, maxLength = 100_000) => ({ type: 'string', title, maxLength }) as const;

export const booleanField = <T extends string>(title: T) => ({ type: 'boolean', title }) as const;

export const enumField = <T extends string, const V extends readonly string[]>(title: T, values: V) =>
  ({ type: 'string', title, enum: values, maxLength: 40 }) as const;

export const countField = <T extends string>(title: T, maximum = 100_000) => ({ type: 'integer', title, minimum: 0, maximum, multipleOf: 1 }) as const;

/**
 * Bookkeeping that every record carries. `createdBy`/`updatedBy` hold the display name of the
 * person at the keyboard; the audit collection keeps the full history.
 */
export const trackingProperties = {
  createdAt: instantField('Created at'),
  createdBy: lineField('Created by', 120),
  updatedAt: instantField('Updated at'),
  updatedBy: lineField('Updated by', 120),
} as const;

export const trackingRequired = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy'] as const;

/** A rich-text run: literal text with optional emphasis. Markup is never interpreted. */
export const richTextSchema = {
  type: 'array',
  title: 'Text',
  maxItems: 5_000,
  items: {
    type: 'object',
    properties: {
      kind: enumField('Paragraph kind', ['paragraph', 'bullet', 'numbered'] as const),
      runs: {
        type: 'array',
        maxItems: 2_000,
        items: {
          type: 'object',
          properties: {
            text: longTextField('Text', 1_000_000),
            bold: booleanField('Bold'),
            italic: booleanField('Italic'),
          },
          required: ['text'],
          additionalProperties: false,
        },
      },
    },
    required: ['kind', 'runs'],
    additionalProperties: false,
  },
} as const;

/**
 * Competing edits that sync could not merge on its own. When two people change the same field
 * offline, the record keeps one value in the field and every competing value here, so nothing
 * typed is lost; `hasConflict` (indexed) lets every device list the records a person must settle.
 * Values are JSON text, so a field of any type fits. One entry holds at most 20 versions; a field
 * with more goes on in entries named `field#2`, `field#3` (shared/sync/conflict-pages.ts).
 */
export const conflictProperties = {
  hasConflict: booleanField('Has competing edits to settle'),
  conflict: {
    type: 'object',
    title: 'Competing edits',
    properties: {
      detectedAt: instantField('Detected at'),
      fields: {
        type: 'array',
        maxItems: 200,
        items: {
          type: 'object',
          properties: {
            field: lineField('Field', 60),
            versions: {
              type: 'array',
              maxItems: 20,
              items: {
                type: 'object',
                properties: {
                  value: longTextField('Value (JSON)', 5_000_000),
                  by: lineField('By', 120),
                  at: instantField('At'),
                  origin: enumField('Origin', ['local', 'server'] as const),
                },
                required: ['value'],
                additionalProperties: false,
              },
            },
          },
          required: ['field', 'versions'],
          additionalProperties: false,
        },
      },
    },
    required: ['detectedAt', 'fields'],
    additionalProperties: false,
  },
} as const;

/**
 * Files attached to a record (report PDFs, annexures, scanned signed minutes). The bytes live in
 * the attachment store (PouchDB, which replicates attachments); records hold only references.
 */
export const attachmentsField = {
  type: 'array',
  title: 'Attachments',
  maxItems: 100,
  items: {
    type: 'object',
    properties: {
      id: idField,
      name: requiredLineField('File name', 255),
      mimeType: lineField('File type', 120),
      size: { type: 'integer', title: 'Size in bytes', minimum: 0, maximum: 2_000_000_000 },
      kind: enumField('Kind of file', ['report', 'annexure', 'signed_minutes', 'other'] as const),
      addedAt: instantField('Added at'),
      addedBy: lineField('Added by', 120),
    },
    required: ['id', 'name', 'size'],
    additionalProperties: false,
  },
} as const;
