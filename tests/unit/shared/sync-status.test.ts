/** The words and names sync shows: status lines, problems, server addresses and database names. */
import { describe, expect, it } from 'vitest';
import { basicAuthorization, classifyResponse, queryString } from '../../../shared/couch/http';
import { checkDatabasePrefix, databaseName, normaliseServerUrl, prefixForMunicipality } from '../../../shared/couch/names';
import { describeProblem } from '../../../shared/couch/problems';
import { corsIni, readWelcome } from '../../../shared/couch/server-info';
import { fieldLabel, recordLabel } from '../../../shared/sync/record-labels';
import { INITIAL_SYNC_STATUS, describeSyncStatus, syncPhase, type SyncStatus } from '../../../shared/sync/status';

const TZ = 'Africa/Johannesburg';
const status = (patch: Partial<SyncStatus>): SyncStatus => ({ ...INITIAL_SYNC_STATUS, ...patch });

describe('status line', () => {
  it('says what is happening, in the municipality’s 24-hour time', () => {
    expect(describeSyncStatus(status({ phase: 'offline', pending: 3 }), TZ).text).toBe('Offline · 3 changes waiting');
    expect(describeSyncStatus(status({ phase: 'offline', pending: 1 }), TZ).text).toBe('Offline · 1 change waiting');
    expect(describeSyncStatus(status({ phase: 'offline', pending: 5000, pendingCapped: true }), TZ).text).toBe('Offline · 5000+ changes waiting');
    expect(describeSyncStatus(status({ phase: 'syncing', pending: 2 }), TZ).text).toBe('Syncing… · 2 changes waiting');
    expect(describeSyncStatus(status({ phase: 'up-to-date', lastSyncedAt: '2026-11-24T12:03:00.000Z' }), TZ)).toEqual({
      text: 'Up to date · last synced 14:03',
      tone: 'ok',
    });
    expect(
      describeSyncStatus(status({ phase: 'error', problem: { kind: 'unauthorized' }, nextAttemptAt: '2026-11-24T19:05:00.000Z', pending: 1 }), TZ).text,
    ).toBe('Error · The server refused the user name or password · Enter them again in Settings → Sync (next try 21:05) · 1 change waiting');
  });

  it('is up to date only when connected, idle, without problems and with nothing waiting', () => {
    const calm = { busy: false, problem: false, pending: 0 };
    expect(syncPhase('connected', calm)).toBe('up-to-date');
    expect(syncPhase('connected', { ...calm, pending: 2 })).toBe('syncing');
    expect(syncPhase('connected', { ...calm, busy: true })).toBe('syncing');
    expect(syncPhase('connected', { ...calm, busy: true, problem: true })).toBe('error');
    expect(syncPhase('offline', { ...calm, problem: true })).toBe('offline');
    expect(syncPhase('waiting', calm)).toBe('error');
    expect(syncPhase('stopped', calm)).toBe('not-configured');
  });

  it('names the database, the status and the origin in problems', () => {
    expect(describeProblem({ kind: 'missing-database', database: 'quorum_x_meetings' }).reason).toBe(
      'The database quorum_x_meetings does not exist on the server',
    );
    expect(describeProblem({ kind: 'server-error', status: 503 }).reason).toBe('The sync server reported an error (HTTP 503)');
    expect(describeProblem({ kind: 'cors', origin: 'quorum://app' }).reason).toBe("The server refuses this app's origin (quorum://app) (CORS)");
    // The server's sentence is placed inside Quorum's without its own full stop (no "required.. Nothing").
    expect(describeProblem({ kind: 'refused-write', count: 2, what: 'Meetings', detail: 'Venue is required.' }).reason).toBe(
      'The server refused 2 changes to Meetings: Venue is required',
    );
    expect(describeProblem({ kind: 'access-reset', database: 'quorum_x_meetings' }).reason).toContain('access settings were reset');
    expect(describeProblem({ kind: 'access-reset' }).action).toContain('npm run couch:setup again');
  });
});

describe('HTTP answers', () => {
  it('are classified by status and content', () => {
    expect(classifyResponse(200, 'text/html', undefined).kind).toBe('not-couchdb');
    expect(classifyResponse(502, 'text/html', undefined)).toEqual({ kind: 'server-error', status: 502 });
    expect(classifyResponse(401, 'application/json', { error: 'unauthorized', reason: 'Name or password is incorrect.' }).kind).toBe('unauthorized');
    expect(classifyResponse(403, 'application/json', { error: 'forbidden' }).kind).toBe('no-access');
    expect(classifyResponse(404, 'application/json', { error: 'not_found', reason: 'Database does not exist.' }, 'db').kind).toBe('missing-database');
    expect(classifyResponse(404, 'application/json', { error: 'not_found', reason: 'no_db_file' }).kind).toBe('missing-database');
    expect(classifyResponse(404, 'application/json', { error: 'not_found', reason: 'missing' }).kind).toBe('bad-response');
  });

  it('encode opaque sequences and non-ASCII credentials', () => {
    expect(queryString({ since: '12-g1AAAA+/=', limit: 5, skip: undefined })).toBe('?since=12-g1AAAA%2B%2F%3D&limit=5');
    expect(basicAuthorization('thulí', 'pässword')).toBe(`Basic ${Buffer.from('thulí:pässword', 'utf8').toString('base64')}`);
    expect(readWelcome({ couchdb: 'Welcome', version: '3.5.0' })).toEqual({ product: 'Apache CouchDB', version: '3.5.0' });
    expect(readWelcome({ 'express-pouchdb': 'Welcome!', version: '4.2.0' })?.product).toMatch(/pouchdb-server/);
    expect(readWelcome({ hello: 'world' })).toBeNull();
  });
});

describe('server addresses and database names', () => {
  it('normalises an address to end in a slash, refusing what cannot work', () => {
    expect(normaliseServerUrl(' https://couch.example.gov.za ')).toBe('https://couch.example.gov.za/');
    expect(normaliseServerUrl('http://10.0.0.5:5984/couchdb?x=1#y')).toBe('http://10.0.0.5:5984/couchdb/');
    expect(() => normaliseServerUrl('')).toThrow(/Enter the address/);
    expect(() => normaliseServerUrl('couch.example')).toThrow(/not a web address/);
    expect(() => normaliseServerUrl('ftp://couch.example')).toThrow(/must start with https/);
    expect(() => normaliseServerUrl('https://thuli:secret@couch.example')).toThrow(/Leave the user name and password out/);
  });

  it('derives and checks prefixes', () => {
    expect(prefixForMunicipality('Mopane Ridge Local Municipality')).toBe('quorum_mopane_ridge_');
    expect(prefixForMunicipality('City of Tshwane Metropolitan Municipality')).toBe('quorum_city_of_tshwane_');
    expect(prefixForMunicipality('Ba-Phalaborwa')).toBe('quorum_ba_phalaborwa_');
    expect(databaseName('quorum_x_', 'agendaitems')).toBe('quorum_x_agendaitems');
    expect(checkDatabasePrefix('quorum_x_')).toBeNull();
    expect(checkDatabasePrefix('Quorum')).toMatch(/lowercase letter/);
    expect(checkDatabasePrefix('')).toMatch(/Enter the database prefix/);
  });

  it('prints CORS settings for local.ini', () => {
    expect(corsIni(['quorum://app'])).toBe(
      '[chttpd]\nenable_cors = true\n\n[cors]\norigins = quorum://app\ncredentials = false\nmethods = GET, PUT, POST, HEAD, DELETE\nheaders = accept, authorization, content-type, origin, referer\nmax_age = 3600',
    );
  });

  it('names records and fields as the council does', () => {
    expect(fieldLabel('settings', 'municipality', 'value.address')).toBe('Postal and street address');
    expect(fieldLabel('meetings', 'm1', 'venue')).toBe('Venue');
    expect(recordLabel('settings', { id: 'municipality' })).toBe('Settings: Municipality');
    expect(recordLabel('members', { id: 'x', fullName: 'Cllr N. Mokoena', title: 'Cllr' })).toBe('Member “Cllr N. Mokoena”');
    expect(recordLabel('meetings', { id: 'abcdef123456' })).toBe('Meeting abcdef12');
  });
});
