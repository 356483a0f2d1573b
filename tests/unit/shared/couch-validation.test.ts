/**
 * The server-side validation function generated from the shared schemas, run here as CouchDB
 * would run it: plain ES5, given the new document, the stored one, and the writer's roles.
 */
import { describe, expect, it } from 'vitest';
import { DATABASE_SUFFIXES, type DatabaseSuffix } from '../../../shared/couch/names';
import { designDocument, validateDocUpdateSource } from '../../../shared/couch/validate-doc-update';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: { name: string | null; roles: string[] }, secObj: object) => void;

function compile(database: DatabaseSuffix): Validate {
  // CouchDB evaluates the function's source text; so do we, in place of its JavaScript engine.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function(`return (${validateDocUpdateSource(database)});`) as () => Validate;
  return factory();
}

const secretariat = { name: 'thuli', roles: ['secretariat'] };
const operations = { name: 'lerato', roles: ['operations'] };
const viewer = { name: 'vusi', roles: ['viewer'] };
const admin = { name: 'admin', roles: ['_admin'] };

function refusal(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? `not a refusal: ${String(error)}`;
  }
}

const meeting = {
  _id: 'm1',
  _rev: '1-a',
  bodyId: 'council',
  type: 'ordinary',
  title: 'Ordinary Council 🏛️ <b>',
  startsAt: '2027-02-01T08:00:00.000Z',
  venue: 'Council Chamber',
  status: 'draft',
  history: [],
  attendance: [{ id: 'a1', kind: 'member', memberId: 'x', status: 'present' }],
  createdAt: '2026-11-23T08:00:00.000Z',
  createdBy: 'Thuli',
  updatedAt: '2026-11-23T08:00:00.000Z',
  updatedBy: 'Thuli',
  hasConflict: false,
  _revisions: { start: 1, ids: ['a'] },
};

describe('validate_doc_update', () => {
  it('is plain ES5 text with no module syntax, for every database', () => {
    for (const database of DATABASE_SUFFIXES) {
      const source = validateDocUpdateSource(database);
      expect(source.startsWith('function (newDoc, oldDoc, userCtx, secObj) {')).toBe(true);
      expect(source).not.toMatch(/=>|\blet\b|\bconst\b|`|\bclass\b/);
      expect(() => compile(database)).not.toThrow();
      expect(designDocument(database)._id).toBe('_design/quorum');
    }
  });

  it('accepts a valid record from a role that may write it', () => {
    expect(refusal(() => compile('meetings')(meeting, null, secretariat, {}))).toBeNull();
    expect(refusal(() => compile('meetings')(meeting, null, admin, {}))).toBeNull();
  });

  it('refuses malformed records with the app’s own words', () => {
    const check = (doc: object) => refusal(() => compile('meetings')(doc, null, secretariat, {}));
    expect(check({ ...meeting, venue: '  ' })).toBe('Malformed meeting record: Venue is required.');
    expect(check({ ...meeting, title: undefined })).toBe('Malformed meeting record: Title is required.');
    expect(check({ ...meeting, status: 'abolished' })).toBe('Malformed meeting record: Status must be one of the listed choices.');
    expect(check({ ...meeting, startsAt: 'next Tuesday' })).toBe('Malformed meeting record: Starts is not in the expected form.');
    expect(check({ ...meeting, venue: 'x'.repeat(201) })).toBe('Malformed meeting record: Venue is too long: at most 200 characters.');
    expect(check({ ...meeting, attendance: [{ id: 'a1', kind: 'member' }] })).toBe('Malformed meeting record: Attendance is required.');
    expect(check({ ...meeting, hacked: true })).toBe('Malformed meeting record: "hacked" is not a field of Meeting.');
    expect(check({ ...meeting, hasConflict: 'no' })).toBe('Malformed meeting record: Has competing edits to settle has a value of the wrong kind.');
    // Characters outside the Basic Multilingual Plane count once, as the app counts them.
    expect(check({ ...meeting, venue: '🏛️'.repeat(66) })).toBeNull();
  });

  it('refuses writes by roles that may not make them', () => {
    expect(refusal(() => compile('meetings')(meeting, null, viewer, {}))).toBe('Your account may not change meetings: that needs the role secretariat.');
    expect(refusal(() => compile('meetings')(meeting, null, operations, {}))).toBe('Your account may not change meetings: that needs the role secretariat.');
    expect(refusal(() => compile('meetings')(meeting, null, { name: null, roles: [] }, {}))).toMatch(/may not change meetings/);
    const query = {
      _id: 'q1',
      reference: 'Q-1',
      stakeholderId: 's',
      channel: 'phone',
      subject: 'Pothole',
      category: 'Roads',
      priority: 'normal',
      status: 'new',
      receivedAt: '2026-11-23T08:00:00.000Z',
      dueDate: '2026-12-07',
      departmentId: 'd',
      officer: '',
      officerId: '',
      createdAt: '2026-11-23T08:00:00.000Z',
      createdBy: 'L',
      updatedAt: '2026-11-23T08:00:00.000Z',
      updatedBy: 'L',
      hasConflict: false,
    };
    expect(refusal(() => compile('queries')(query, null, operations, {}))).toBeNull();
  });

  it('keeps the audit trail append-only except a burst entry’s counters', () => {
    const validate = compile('audit');
    const entry = {
      _id: 'e1',
      at: '2026-11-23T08:00:00.000Z',
      actor: 'T',
      action: 'update',
      recordType: 'meetings',
      recordId: 'm1',
      summary: 'Edited',
      fields: ['venue'],
    };
    expect(refusal(() => validate(entry, null, operations, {}))).toBeNull();
    expect(refusal(() => validate({ ...entry, summary: 'Rewritten' }, entry, secretariat, {}))).toBe(
      'Once written, audit trail entries are never changed (summary).',
    );
    expect(refusal(() => validate({ ...entry, times: 4, until: '2026-11-23T08:04:00.000Z', fields: ['venue', 'title'] }, entry, secretariat, {}))).toBeNull();
    expect(refusal(() => validate({ _id: 'e1', _deleted: true }, entry, secretariat, {}))).toBe('Audit trail entries are never deleted.');
  });

  it('checks a settings area against its own schema, and an attachment for its file', () => {
    const settings = {
      _id: 'municipality',
      value: { name: '', timeZone: 'Africa/Johannesburg' },
      createdAt: '2026-11-23T08:00:00.000Z',
      createdBy: 'T',
      updatedAt: '2026-11-23T08:00:00.000Z',
      updatedBy: 'T',
      hasConflict: false,
    };
    expect(refusal(() => compile('settings')(settings, null, secretariat, {}))).toBe('Malformed setting record: Municipality name is required.');
    const file = { _id: 'f1', name: 'Report.pdf', size: 10, mimeType: 'application/pdf' };
    expect(refusal(() => compile('attachments')(file, null, secretariat, {}))).toBe('Malformed attachment record: the file itself is missing.');
    expect(refusal(() => compile('attachments')({ ...file, _attachments: { file: { stub: true } } }, null, secretariat, {}))).toBeNull();
    expect(refusal(() => compile('attachments')({ ...file, _attachments: { file: { stub: true } } }, null, operations, {}))).toMatch(
      /needs the role secretariat/,
    );
  });
});
