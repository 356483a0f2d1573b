import { describe, expect, it } from 'vitest';
import { databaseUrl, parseConfig } from '../../../renderer/portal/src/config';
import { portalHeaderCsp, PORTAL_META_CSP, serializePolicy } from '../../../renderer/portal/src/csp';
import { longDate, meetingWhen, stamp, yearOf } from '../../../renderer/portal/src/format';
import {
  filterFromQuery,
  filterResolutions,
  filterToQuery,
  isPublication,
  meetingEntries,
  meetingName,
  withdrawnSubjectOf,
  meetingOverview,
  NO_FILTER,
  registerFacets,
  registerView,
  splitPublicationId,
} from '../../../renderer/portal/src/model';
import { agenda, meeting, register, resolution } from './fixtures';

const NOW = new Date('2026-12-04T10:00:00.000Z');

describe('portal dates (en-ZA, 24-hour, Africa/Johannesburg)', () => {
  it('shows a meeting in Johannesburg time with its end on the same day', () => {
    expect(meetingWhen('2026-12-11T08:00:00Z', '2026-12-11T11:30:00Z')).toBe('Friday, 11 December 2026, 10:00–13:30');
    expect(meetingWhen('2026-12-11T21:30:00Z')).toBe('Friday, 11 December 2026, 23:30');
    // Ends after midnight in Johannesburg: the end is left out rather than misread.
    expect(meetingWhen('2026-12-11T20:00:00Z', '2026-12-11T22:30:00Z')).toBe('Friday, 11 December 2026, 22:00');
  });
  it('reads a calendar date as that day in every zone', () => {
    expect(longDate('2026-01-01')).toBe('Thursday, 01 January 2026');
    expect(yearOf('2025-12-31')).toBe('2025');
    expect(yearOf('2025-12-31T23:30:00Z')).toBe('2026');
    expect(stamp('2026-12-03T21:08:00Z')).toBe('03 Dec 2026 at 23:08');
  });
});

describe('meetings from publications', () => {
  const upcoming = meeting('OC 10/2026', '2026-12-11T08:00:00Z');
  const later = meeting('FIN 4/2026', '2026-12-18T07:00:00Z');
  const sooner = meeting('FIN 3/2026', '2026-12-05T07:00:00Z');
  const running = meeting('OC 11/2026', '2026-12-04T08:00:00Z', { endsAt: '2026-12-04T12:00:00Z' });
  const past = meeting('OC 9/2026', '2026-11-04T08:00:00Z');
  const older = meeting('OC 8/2026', '2026-10-04T08:00:00Z');
  const publications = [
    agenda('oc-10-2026', upcoming),
    agenda('fin-4-2026', later),
    agenda('fin-3-2026', sooner),
    agenda('oc-11-2026', running),
    agenda('oc-9-2026', past),
    agenda('oc-8-2026', older),
    agenda('sc-3-2026', null),
  ];

  it('groups the next meetings by body (bodies by name, soonest first) and lists the past latest first', () => {
    const overview = meetingOverview(meetingEntries(publications), NOW);
    expect(overview.upcoming.map((b) => [b.bodyName, b.meetings.map((m) => m.meeting.reference)])).toEqual([
      ['Finance Committee', ['FIN 3/2026', 'FIN 4/2026']],
      ['Ordinary Council', ['OC 11/2026', 'OC 10/2026']],
    ]);
    expect(overview.past.map((m) => m.meeting.reference)).toEqual(['OC 9/2026', 'OC 8/2026']);
    expect(overview.withdrawn.map((e) => meetingName(e))).toEqual(['Meeting SC-3-2026']);
  });

  it('names a withdrawn meeting by the title its document kept, never by its key', () => {
    const withdrawn = agenda('sc-3-2026', null, {
      withdrawal: { at: '2026-11-02T08:00:00.000Z', reason: 'Postponed', subject: { title: 'Special Council Meeting', reference: 'SC 3/2026' } },
    });
    const [entry] = meetingEntries([withdrawn]);
    expect(meetingName(entry!)).toBe('Special Council Meeting');
    expect(withdrawnSubjectOf(entry!)?.reference).toBe('SC 3/2026');
  });

  it('takes the meeting from the minutes when both are published, and keeps a withdrawn minutes beside a shown agenda', () => {
    const minutes = {
      ...agenda('oc-9-2026', past),
      _id: 'minutes:oc-9-2026',
      kind: 'minutes' as const,
      content: { kind: 'minutes' as const, meeting: { ...past, venue: 'Town Hall' }, confirmedOn: '2026-11-30', attendance: [], items: [] },
    };
    const [entry] = meetingEntries([agenda('oc-9-2026', past), minutes]);
    expect(entry?.meeting?.venue).toBe('Town Hall');
    const withdrawnMinutes = { ...minutes, state: 'withdrawn' as const, content: undefined };
    const [other] = meetingEntries([agenda('oc-9-2026', past), withdrawnMinutes]);
    expect(other?.meeting?.venue).toBe('Council Chamber');
    expect(other?.minutes?.state).toBe('withdrawn');
  });

  it('knows a publication by its shape and id, and nothing else', () => {
    expect(isPublication(agenda('oc-9-2026', past))).toBe(true);
    expect(isPublication({ ...agenda('oc-9-2026', past), _id: 'notes:oc-9-2026' })).toBe(false);
    expect(isPublication({ _id: 'site', type: 'site' })).toBe(false);
    expect(splitPublicationId('register:oc')).toEqual({ kind: 'register', key: 'oc' });
    expect(splitPublicationId('agenda:')).toBeNull();
  });
});

describe('the resolutions register', () => {
  const resolutions = [
    resolution('C 41/2026', { title: 'Water tariffs for 2026/27', status: 'In progress', mover: 'Cllr N. Dlamini' }),
    resolution('C 42/2026', { title: 'Établissement of a ward committee', status: 'Implemented', adoptedOn: '2026-11-04' }),
    resolution('F 7/2025', {
      bodyCode: 'FIN',
      bodyName: 'Finance Committee',
      adoptedOn: '2025-11-12',
      title: 'Debt collection policy',
      progress: { on: '2026-01-10', text: 'Sent to the water board' },
    }),
  ];
  const view = registerView([
    register('oc', resolutions.slice(0, 2)),
    register('fin', resolutions.slice(2)),
    register('sc', [], { state: 'withdrawn', content: undefined }),
  ]);

  it('merges the registers latest first and keeps the withdrawn ones to say so', () => {
    expect(view.resolutions.map((r) => r.number)).toEqual(['C 42/2026', 'C 41/2026', 'F 7/2025']);
    expect(view.withdrawn.map((p) => p._id)).toEqual(['register:sc']);
  });

  it('filters by body, year and status, and offers only what the register holds', () => {
    expect(filterResolutions(view.resolutions, { ...NO_FILTER, body: 'FIN' }).map((r) => r.number)).toEqual(['F 7/2025']);
    expect(filterResolutions(view.resolutions, { ...NO_FILTER, year: '2026' }).map((r) => r.number)).toEqual(['C 42/2026', 'C 41/2026']);
    expect(filterResolutions(view.resolutions, { ...NO_FILTER, body: 'OC', status: 'Implemented' }).map((r) => r.number)).toEqual(['C 42/2026']);
    expect(filterResolutions(view.resolutions, { ...NO_FILTER, body: 'OC', year: '2025' })).toEqual([]);
    expect(registerFacets(view.resolutions)).toEqual({
      bodies: [
        { code: 'FIN', name: 'Finance Committee' },
        { code: 'OC', name: 'Ordinary Council' },
      ],
      years: ['2026', '2025'],
      statuses: ['Implemented', 'In progress', 'Not started'],
    });
  });

  it('searches every word across number, title, text, names and progress, ignoring case and accents', () => {
    const search = (text: string) => filterResolutions(view.resolutions, { ...NO_FILTER, search: text }).map((r) => r.number);
    expect(search('water')).toEqual(['C 41/2026', 'F 7/2025']);
    expect(search('WATER tariffs')).toEqual(['C 41/2026']);
    expect(search('etablissement')).toEqual(['C 42/2026']);
    expect(search('dlamini')).toEqual(['C 41/2026']);
    expect(search('c 42/2026')).toEqual(['C 42/2026']);
    expect(search('<script>')).toEqual([]);
    expect(search('   ')).toHaveLength(3);
  });

  it('keeps the filter in the address and reads it back', () => {
    const filter = { body: 'OC', year: '2026', status: 'In progress', search: 'water & roads' };
    const query = filterToQuery(filter);
    expect(query).toBe('?body=OC&year=2026&status=In+progress&q=water+%26+roads');
    expect(filterFromQuery(new URLSearchParams(query.slice(1)))).toEqual(filter);
    expect(filterToQuery(NO_FILTER)).toBe('');
  });
});

describe('where the portal reads from', () => {
  it('uses the configured server and prefix', () => {
    expect(databaseUrl(parseConfig({ server: 'https://couch.example.gov.za', prefix: 'quorum_mr_' }), 'https://portal.example.gov.za/')).toBe(
      'https://couch.example.gov.za/quorum_mr_public/',
    );
    expect(databaseUrl(parseConfig({ server: 'https://example.gov.za/couch/', prefix: 'quorum_mr_' }), 'https://portal.example.gov.za/x/')).toBe(
      'https://example.gov.za/couch/quorum_mr_public/',
    );
  });
  it('uses the database it is served from inside CouchDB', () => {
    expect(databaseUrl({}, 'https://couch.example.gov.za/quorum_mr_public/_design/portal/index.html#/register')).toBe(
      'https://couch.example.gov.za/quorum_mr_public/',
    );
    expect(databaseUrl({ prefix: 'quorum_mr_' }, 'https://example.gov.za/couch/quorum_mr_public/_design/portal/index.html')).toBe(
      'https://example.gov.za/couch/quorum_mr_public/',
    );
  });
  it('says so when nothing names the database, and ignores junk in the file', () => {
    expect(() => databaseUrl(parseConfig('nonsense'), 'https://portal.example.gov.za/')).toThrow(/names no database prefix/);
    expect(parseConfig({ server: 42, prefix: ' quorum_x_ ', calendarFeed: '' })).toEqual({ prefix: 'quorum_x_' });
  });
});

describe('the portal’s Content-Security-Policy', () => {
  it('allows no inline script or style and, in the header, connections only to the one server', () => {
    const meta = serializePolicy(PORTAL_META_CSP);
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("style-src 'self'");
    expect(meta).not.toContain('unsafe');
    expect(serializePolicy(portalHeaderCsp('https://couch.example.gov.za'))).toContain("connect-src 'self' https://couch.example.gov.za; ");
    expect(portalHeaderCsp()['connect-src']).toBe("'self'");
    expect(portalHeaderCsp()['frame-ancestors']).toBe("'none'");
  });
});
