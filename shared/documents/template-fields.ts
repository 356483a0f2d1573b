/**
 * The placeholders a municipality's letterhead template may hold, and what Quorum puts in
 * each. Kept apart from the template checks so the Settings page can list them without
 * loading docx.
 */

/** The placeholders Quorum fills, and what each becomes. `content` is required. */
export const TEMPLATE_PLACEHOLDERS = {
  content: 'the body of the document: notice, items, minutes, tables',
  municipality: 'the municipality’s name',
  title: 'the document’s title, such as “Minutes: Ordinary Council Meeting”',
  body: 'Council or the committee',
  meeting_date: 'the date of the meeting (or of the report or letter)',
  meeting_time: 'the time the meeting starts',
  venue: 'the venue of the meeting',
  reference: 'the meeting number, resolution register or query reference',
  status: 'DRAFT on draft minutes, CONFIDENTIAL on full versions with in-committee items, otherwise empty',
  date: 'the date the document was produced',
} as const;

export type TemplatePlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS;
export type TemplateFields = Record<Exclude<TemplatePlaceholder, 'content'>, string>;

export function isKnownPlaceholder(name: string): name is TemplatePlaceholder {
  return Object.hasOwn(TEMPLATE_PLACEHOLDERS, name);
}
