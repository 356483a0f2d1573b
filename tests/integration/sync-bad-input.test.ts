/**
 * Bad input and broken servers, against real processes: "Test connection" tells apart a bad
 * address, a server that cannot be reached, one that answers a web page, a proxy whose CouchDB
 * is down, wrong credentials, an account without access, and missing databases; a running
 * laptop shows the same specific reasons in its status and keeps its records.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../shared/couch/connection-test';
import { SyncSettingsError } from '../../renderer/src/sync/sync-settings';
import { NOMVULA, THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';
import { sampleRecord } from './support/records';
import { freePort } from './support/sync-server';

const PREFIX = 'quorum_badinput_';

const server = useTestServer(PREFIX, THULI, NOMVULA);
let webPage: Server;
let webPageUrl = '';
let badGateway: Server;
let badGatewayUrl = '';

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const http = createServer(handler);
    http.listen(0, '127.0.0.1', () => {
      const address = http.address();
      resolve({ server: http, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    });
  });
}

beforeAll(async () => {
  ({ server: webPage, url: webPageUrl } = await listen((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Municipal intranet</title><h1>Welcome</h1>');
  }));
  ({ server: badGateway, url: badGatewayUrl } = await listen((_request, response) => {
    response.writeHead(502, { 'Content-Type': 'text/html' });
    response.end('<html><body>502 Bad Gateway</body></html>');
  }));
});

afterAll(() => {
  webPage.close();
  badGateway.close();
});

function input(serverUrl: string, account = THULI, prefix = PREFIX) {
  return { serverUrl, prefix, username: account.username, password: account.password };
}

describe('Test connection', () => {
  it('passes for a prepared server and a secretariat account', async () => {
    const report = await testConnection(input(server.url));
    expect(report.ok).toBe(true);
    expect(report.problem).toBeNull();
    expect(report.checks.map((check) => check.label)).toEqual(['Server', 'Account', 'Databases', 'Set-up']);
    expect(report.checks[1]?.message).toBe('Signed in as thuli (secretariat)');
    expect(report.checks[3]?.message).toMatch(/validates every record and role/);
  });

  it('tells apart each kind of failure', async () => {
    const deadPort = await freePort();
    const cases: Array<[string, Promise<Awaited<ReturnType<typeof testConnection>>>, string]> = [
      ['not an address', testConnection(input('couch server on the third floor')), 'invalid-address'],
      ['a bad prefix', testConnection(input(server.url, THULI, 'Quorum Mopane')), 'invalid-address'],
      ['nothing listening', testConnection(input(`http://127.0.0.1:${deadPort}/`)), 'unreachable'],
      ['a web page', testConnection(input(webPageUrl)), 'not-couchdb'],
      ['a proxy without its CouchDB', testConnection(input(badGatewayUrl)), 'server-error'],
      ['a wrong password', testConnection(input(server.url, { ...THULI, password: 'wrong' })), 'unauthorized'],
      ['an account without a role', testConnection(input(server.url, NOMVULA)), 'no-access'],
      ['a prefix with no databases', testConnection(input(server.url, THULI, 'quorum_elsewhere_')), 'missing-database'],
    ];
    for (const [what, pending, kind] of cases) {
      const report = await pending;
      expect(report.ok, what).toBe(false);
      expect(report.problem?.kind, what).toBe(kind);
      expect(report.checks.at(-1)?.ok, what).toBe(false);
    }
    const html = await testConnection(input(webPageUrl));
    expect(html.checks.at(-1)?.message).toBe(
      'The address answers, but not as a CouchDB server (HTTP 200, a web page). Check the server address in Settings → Sync (often it ends in :5984 or :6984).',
    );
    const missing = await testConnection(input(server.url, THULI, 'quorum_elsewhere_'));
    expect(missing.checks.at(-1)?.message).toBe(
      '11 databases are missing, first quorum_elsewhere_bodies. Check the prefix, or ask IT to run npm run couch:setup for this municipality.',
    );
  });
});

describe('a running laptop with a bad configuration', () => {
  it('shows wrong credentials, then recovers when they are corrected, keeping its records', async () => {
    const laptop = await openLaptop('bad-credentials', { server, prefix: PREFIX, account: { ...THULI, password: 'wrong' } });
    try {
      const record = sampleRecord('members', 1);
      await laptop.db.members.insert(record);
      const failed = await laptop.until('wrong credentials shown', (s) => s.phase === 'error' && s.problem?.kind === 'unauthorized' && s.pending === 1);
      expect(failed.nextAttemptAt).not.toBeNull();
      await laptop.repos.sync.saveSettings({
        serverUrl: server.url,
        prefix: PREFIX,
        username: THULI.username,
        password: THULI.password,
        attachmentLimitMb: 50,
      });
      await laptop.until('up to date with the right password', upToDate);
    } finally {
      await laptop.close();
    }
  }, 60_000);

  it('names a web page for a server, and a missing database', async () => {
    const onPage = await openLaptop('bad-page', { server, prefix: PREFIX, account: THULI });
    try {
      await onPage.repos.sync.saveSettings({
        serverUrl: webPageUrl,
        prefix: PREFIX,
        username: THULI.username,
        password: THULI.password,
        attachmentLimitMb: 50,
      });
      await onPage.until('not CouchDB shown', (s) => s.phase === 'error' && s.problem?.kind === 'not-couchdb');
      await onPage.repos.sync.saveSettings({
        serverUrl: server.url,
        prefix: 'quorum_missing_',
        username: THULI.username,
        password: THULI.password,
        attachmentLimitMb: 50,
      });
      const missing = await onPage.until('missing database shown', (s) => s.phase === 'error' && s.problem?.kind === 'missing-database');
      expect(missing.problem?.database).toMatch(/^quorum_missing_/);
    } finally {
      await onPage.close();
    }
  }, 60_000);

  it('refuses to save settings that are not valid, and changes nothing', async () => {
    const laptop = await openLaptop('bad-settings', { server, prefix: PREFIX, account: THULI });
    try {
      await laptop.until('up to date', upToDate);
      const before = await laptop.repos.sync.settings.get();
      const error: unknown = await laptop.repos.sync
        .saveSettings({ serverUrl: 'ftp://files', prefix: 'Bad Prefix', username: 'a:b', password: '', attachmentLimitMb: 0 })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(SyncSettingsError);
      expect((error as SyncSettingsError).fieldErrors).toEqual({
        serverUrl: 'The sync server address must start with https:// (or http:// on a local network).',
        prefix: 'The database prefix must start with a lowercase letter and hold only lowercase letters, digits and _ $ ( ) + - /.',
        username: 'A CouchDB user name cannot contain a colon (:).',
        password: 'Enter the password for this user name.',
        attachmentLimitMb: 'The largest attachment must be a whole number of megabytes between 1 and 2000.',
      });
      expect(await laptop.repos.sync.settings.get()).toEqual(before);
      // Sync goes on as before (a sweep may have begun since, so it is waited for).
      expect((await laptop.until('still up to date', upToDate)).problem).toBeNull();
    } finally {
      await laptop.close();
    }
  }, 60_000);
});
