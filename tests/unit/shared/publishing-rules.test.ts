/**
 * Publishing rules (issue 19): who may publish, which meeting state allows which act, what each
 * act makes of a publication, and the public database's own check, run as CouchDB runs it.
 */
import { describe, expect, it } from 'vitest';
import { withdrawnSubject, type Publication } from '../../../shared/publishing/publication';
import { publicSecurityObject, publicValidateDocUpdateSource } from '../../../shared/publishing/public-database';
import { actAvailability, actSummary, applyAct, meetingStateRefusal, publishRefusal, type PublicationAct } from '../../../shared/publishing/rules';

const content = {
  kind: 'agenda' as const,
  meeting: {
    reference: 'OC 1/2027',
    title: 'T',
    bodyCode: 'OC',
    bodyName: 'Council',
    kindLabel: 'Ordinary meeting',
    startsAt: '2027-01-01T08:00:00.000Z',
    venue: 'Hall',
  },
  items: [],
};
const docx = { 'agenda.docx': { content_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: 'UEsDBA==' } };
const base = { id: 'agenda:oc-1-2027', kind: 'agenda' as const, by: 'Thuli Secretary' };
const publish: PublicationAct = { ...base, act: 'publish', at: '2027-01-02T08:00:00.000Z', content, attachments: docx };

type Validate = (newDoc: object, oldDoc: object | null, userCtx: { name: string | null; roles: string[] }, secObj: object) => void;
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const validate = (new Function(`return (${publicValidateDocUpdateSource()});`) as () => Validate)();
function refusal(doc: object, old: object | null, roles: string[]): string | null {
  try {
    validate(doc, old, { name: 'someone', roles }, {});
    return null;
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? `not a refusal: ${String(error)}`;
  }
}

describe('who may publish', () => {
  it('is the secretariat (or a server admin, or a laptop without a server)', () => {
    expect(publishRefusal({ name: 't', roles: ['secretariat'] })).toBeNull();
    expect(publishRefusal({ name: 'a', roles: ['_admin'] })).toBeNull();
    expect(publishRefusal(null)).toBeNull();
    expect(publishRefusal({ name: 'v', roles: ['viewer'] })).toBe(
      'Your account (viewer) may read what is published but not publish: that needs the secretariat role.',
    );
    expect(publishRefusal({ name: 'o', roles: ['operations'] })).toMatch(/operations.*secretariat role/);
  });
});

describe('which state allows which act', () => {
  it('publishes an agenda once the notice is issued, minutes once confirmed', () => {
    expect(meetingStateRefusal('agenda', { status: 'draft' })).toBe('The agenda is published once the notice of the meeting is issued.');
    expect(meetingStateRefusal('agenda', { status: 'notice_issued', noticeIssuedAt: '2027-01-01T08:00:00.000Z' })).toBeNull();
    expect(meetingStateRefusal('agenda', { status: 'cancelled', noticeIssuedAt: '2027-01-01T08:00:00.000Z' })).toMatch(/cancelled/);
    expect(meetingStateRefusal('minutes', { status: 'minutes_circulated' })).toBe('Minutes are published once they are confirmed (now: minutes circulated).');
    expect(meetingStateRefusal('minutes', { status: 'minutes_confirmed', confirmedAt: '2027-02-01T08:00:00.000Z' })).toBeNull();
  });

  it('offers publish before anything is published, withdraw and correction after', () => {
    expect(actAvailability(null, null)).toEqual({
      publish: null,
      withdraw: 'Nothing is published yet.',
      correct: 'Nothing is published yet: publish it first.',
    });
    expect(actAvailability({ state: 'published', version: 2 }, null)).toEqual({
      publish: 'Already published (version 2): publish a correction to change it.',
      withdraw: null,
      correct: null,
    });
    expect(actAvailability({ state: 'withdrawn', version: 1 }, null).withdraw).toBe('Already withdrawn.');
    expect(actAvailability({ state: 'published', version: 1 }, null, true).publish).toBe(
      'Already published on this laptop (version 1), not yet on the server: publish a correction to change it.',
    );
    expect(actAvailability(null, 'The agenda is published once the notice of the meeting is issued.').publish).toMatch(/notice/);
  });
});

describe('what a withdrawn document keeps of its subject', () => {
  it('is the meeting as residents knew it, or the register’s body, and nothing when there was no text', () => {
    expect(withdrawnSubject(content)).toEqual({ title: 'T', reference: 'OC 1/2027', bodyName: 'Council', startsAt: '2027-01-01T08:00:00.000Z' });
    const resolution = {
      number: 'C 1/2027',
      title: 'R',
      text: [],
      meetingReference: 'OC 1/2027',
      bodyCode: 'C',
      bodyName: 'Council',
      adoptedOn: '2027-01-01',
      outcome: 'Carried',
      status: 'Not started',
    };
    expect(withdrawnSubject({ kind: 'register', resolutions: [resolution] })).toEqual({ title: 'Council: resolutions register', bodyName: 'Council' });
    expect(withdrawnSubject({ kind: 'register', resolutions: [] })).toBeUndefined();
    expect(withdrawnSubject(undefined)).toBeUndefined();
  });
});

describe('what each act makes of the publication', () => {
  const first = applyAct(null, publish);
  it('publishes version 1 with the Word document attached', () => {
    expect(first).toMatchObject({
      _id: 'agenda:oc-1-2027',
      type: 'publication',
      kind: 'agenda',
      state: 'published',
      version: 1,
      publishedBy: 'Thuli Secretary',
      content,
    });
    expect(first._attachments).toEqual(docx);
    expect(() => applyAct(first, publish)).toThrow(/already published \(version 1\)/);
  });

  it('a correction bumps the version and says what was corrected; a withdrawal keeps the entry without text or files', () => {
    const corrected = applyAct(
      { ...first, _rev: '1-x' },
      { ...base, act: 'correct', at: '2027-01-03T08:00:00.000Z', content, attachments: docx, note: ' Item 2’s title corrected. ' },
    );
    expect(corrected).toMatchObject({
      _rev: '1-x',
      version: 2,
      firstPublishedAt: first.firstPublishedAt,
      correction: { at: '2027-01-03T08:00:00.000Z', note: 'Item 2’s title corrected.' },
    });
    const withdrawn = applyAct(corrected, { ...base, act: 'withdraw', at: '2027-01-04T08:00:00.000Z', reason: 'Meeting postponed.' });
    expect(withdrawn.state).toBe('withdrawn');
    expect(withdrawn.version).toBe(2);
    // It keeps what residents knew the document by (the meeting's title, reference, body and date), never its text.
    expect(withdrawn.withdrawal).toEqual({
      at: '2027-01-04T08:00:00.000Z',
      reason: 'Meeting postponed.',
      subject: { title: 'T', reference: 'OC 1/2027', bodyName: 'Council', startsAt: '2027-01-01T08:00:00.000Z' },
    });
    expect(withdrawn.content).toBeUndefined();
    expect(withdrawn._attachments).toBeUndefined();
    expect(() => applyAct(withdrawn, { ...base, act: 'withdraw', at: 'x', reason: 'again' })).toThrow(/already withdrawn/);
    // A correction publishes a withdrawn document again, as the next version.
    const again = applyAct(withdrawn, { ...base, act: 'correct', at: '2027-01-05T08:00:00.000Z', content, attachments: docx, note: 'New date.' });
    expect(again).toMatchObject({ state: 'published', version: 3 });
    expect(again.withdrawal).toBeUndefined();
    expect(actSummary({ ...base, act: 'correct', at: 'x', content, attachments: docx, note: 'New date.' }, again)).toBe(
      'Published a correction of the public agenda (oc-1-2027), version 3: New date.',
    );
  });

  it('refuses an empty reason or note, and one too long', () => {
    expect(() => applyAct(first, { ...base, act: 'withdraw', at: 'x', reason: '   ' })).toThrow(
      'Give the reason for withdrawing: residents read it on the portal.',
    );
    expect(() => applyAct(first, { ...base, act: 'correct', at: 'x', content, attachments: docx, note: 'x'.repeat(1001) })).toThrow(/at most 1000/);
    expect(() => applyAct(null, { ...publish, by: ' ' })).toThrow(/Your name is not known/);
  });
});

describe('the public database’s own check', () => {
  const doc: Publication = applyAct(null, publish);
  it('is readable by anyone: no members, no admins', () => {
    expect(publicSecurityObject()).toEqual({ admins: { names: [], roles: [] }, members: { names: [], roles: [] } });
  });

  it('admits the secretariat and admins only', () => {
    expect(refusal(doc, null, ['secretariat'])).toBeNull();
    expect(refusal(doc, null, ['_admin'])).toBeNull();
    expect(refusal(doc, null, ['viewer'])).toBe('Your account may not publish: that needs the role secretariat.');
    expect(refusal(doc, null, [])).toMatch(/may not publish/);
  });

  it('checks type, kind, id, state and version', () => {
    expect(refusal({ ...doc, type: 'meeting' }, null, ['secretariat'])).toMatch(/type must be "publication"/);
    expect(refusal({ ...doc, kind: 'budget' }, null, ['secretariat'])).toMatch(/kind must be one of/);
    expect(refusal({ ...doc, _id: 'agenda:OC 1' }, null, ['secretariat'])).toMatch(/the id must be/);
    expect(refusal({ ...doc, _id: 'minutes:oc-1-2027' }, null, ['secretariat'])).toMatch(/the id must be/);
    expect(refusal({ ...doc, state: 'draft' }, null, ['secretariat'])).toMatch(/state must be/);
    expect(refusal({ ...doc, version: 2 }, null, ['secretariat'])).toMatch(/a new publication is version 1/);
    expect(refusal({ ...doc, version: 1.5 }, null, ['secretariat'])).toMatch(/whole number/);
    expect(refusal({ ...doc, version: 3, correction: { at: 'x', note: 'n' } }, doc, ['secretariat'])).toMatch(/goes up by one/);
    expect(refusal({ ...doc, version: 2 }, doc, ['secretariat'])).toMatch(/needs a note/);
    expect(refusal({ ...doc, content: { ...content, kind: 'minutes' } }, null, ['secretariat'])).toMatch(/needs its content/);
    expect(refusal({ ...doc, secretNotes: 'x' }, null, ['secretariat'])).toMatch(/"secretNotes" is not a field/);
    expect(refusal({ ...doc, publishedBy: '' }, null, ['secretariat'])).toMatch(/person who published/);
  });

  it('keeps a withdrawal without text or files, and never lets a non-admin delete', () => {
    const withdrawn = applyAct(doc, { ...base, act: 'withdraw', at: 'x', reason: 'Postponed.' });
    expect(refusal(withdrawn, doc, ['secretariat'])).toBeNull();
    expect(refusal({ ...withdrawn, content }, doc, ['secretariat'])).toMatch(/keeps no content/);
    expect(refusal({ ...withdrawn, _attachments: docx }, doc, ['secretariat'])).toMatch(/keeps no files/);
    expect(refusal({ ...withdrawn, withdrawal: { at: 'x', reason: ' ' } }, doc, ['secretariat'])).toMatch(/needs its reason/);
    // What was withdrawn is named by its title and date, and carries nothing else.
    expect(withdrawn.withdrawal?.subject?.title).toBe('T');
    const subject = (extra: object) => ({ ...withdrawn, withdrawal: { at: 'x', reason: 'Postponed.', subject: { title: 'T', ...extra } } });
    expect(refusal(subject({ reference: 'OC 1/2027' }), doc, ['secretariat'])).toBeNull();
    expect(refusal(subject({ title: ' ' }), doc, ['secretariat'])).toMatch(/needs its title/);
    expect(refusal(subject({ items: 'the agenda text' }), doc, ['secretariat'])).toMatch(/has no field "items"/);
    expect(refusal(subject({ reference: 'x'.repeat(61) }), doc, ['secretariat'])).toMatch(/"reference", or it is too long/);
    expect(refusal({ _id: doc._id, _deleted: true }, doc, ['secretariat'])).toMatch(/never deleted/);
    expect(refusal({ _id: doc._id, _deleted: true }, doc, ['_admin'])).toBeNull();
  });

  it('checks the site document', () => {
    const site = { _id: 'site', type: 'site', municipality: 'Mopane Ridge', address: ['1 Main Rd'], contact: [], updatedAt: '2027-01-01T00:00:00.000Z' };
    expect(refusal(site, null, ['secretariat'])).toBeNull();
    expect(refusal({ ...site, municipality: '' }, null, ['secretariat'])).toMatch(/municipality name/);
  });
});
