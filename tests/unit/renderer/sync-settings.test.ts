/**
 * Sync settings on this laptop: address, prefix and user name are kept in the local database,
 * the password only in the platform's credential store (the OS keychain, or the browser
 * session), and starting offline shows the waiting changes without touching any network.
 */
import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CredentialPersistence } from '../../../shared/ipc-contract';
import { ManualConnectivity } from '../../../renderer/src/sync/connectivity';
import { PASSWORD_ACCOUNT } from '../../../renderer/src/sync/sync-settings';
import { createTestData, type TestData } from '../support/test-database';

let data: TestData | null = null;

afterEach(async () => {
  await data?.repos.sync.stop();
  await data?.db.close();
  data = null;
});

function fakeKeychain() {
  const secrets = new Map<string, string>();
  return {
    secrets,
    store: {
      get: (account: string) => Promise.resolve(secrets.get(account) ?? null),
      set: (account: string, secret: string) => {
        secrets.set(account, secret);
        return Promise.resolve<CredentialPersistence>('session');
      },
      remove: (account: string) => {
        secrets.delete(account);
        return Promise.resolve();
      },
    },
  };
}

describe('sync settings', () => {
  it('saved before the page has started sync (it waits for its first screen), they wait for the start instead of failing', async () => {
    data = await createTestData();
    const keychain = fakeKeychain();
    const saving = data.repos.sync.saveSettings({
      serverUrl: 'https://couch.mopane.gov.za',
      prefix: 'quorum_mopane_ridge_',
      username: 'thuli',
      password: 'pw-123456',
      attachmentLimitMb: 25,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await data.repos.sync.start({
      connectivity: new ManualConnectivity(false),
      credentials: keychain.store,
      fetch: () => Promise.reject(new Error('no network in this test')),
    });
    expect((await saving).settings.username).toBe('thuli');
    expect(keychain.secrets.get(PASSWORD_ACCOUNT)).toBe('pw-123456');
    expect(await data.repos.sync.hasStoredPassword()).toBe(true);
  });

  it('keeps the password out of the database, in the credential store only', async () => {
    data = await createTestData();
    const keychain = fakeKeychain();
    let requests = 0;
    await data.repos.sync.start({
      connectivity: new ManualConnectivity(false),
      credentials: keychain.store,
      fetch: () => {
        requests++;
        return Promise.reject(new Error('no network in this test'));
      },
    });
    const saved = await data.repos.sync.saveSettings({
      serverUrl: 'https://couch.mopane.gov.za',
      prefix: 'quorum_mopane_ridge_',
      username: 'thuli',
      password: 'S3cret-Pa55word',
      attachmentLimitMb: 25,
    });
    expect(saved.persistence).toBe('session');
    expect(saved.settings).toEqual({ serverUrl: 'https://couch.mopane.gov.za/', prefix: 'quorum_mopane_ridge_', username: 'thuli', attachmentLimitMb: 25 });
    expect(keychain.secrets.get(PASSWORD_ACCOUNT)).toBe('S3cret-Pa55word');

    const stored = await data.db.getLocal('sync-settings');
    expect(JSON.stringify(stored?.toJSON())).not.toContain('S3cret');
    for (const id of ['sync-settings', 'sync-memory', 'device-profile']) {
      expect(JSON.stringify((await data.db.getLocal(id))?.toJSON() ?? null)).not.toContain('S3cret');
    }

    // An empty password keeps the stored one for the same account.
    await data.repos.sync.saveSettings({
      serverUrl: 'https://couch.mopane.gov.za',
      prefix: 'quorum_mopane_ridge_',
      username: 'thuli',
      password: '',
      attachmentLimitMb: 25,
    });
    expect(keychain.secrets.get(PASSWORD_ACCOUNT)).toBe('S3cret-Pa55word');

    const status = await firstValueFrom(data.repos.sync.watchStatus().pipe(filter((s) => s.phase === 'offline')));
    expect(status.pending).toBe(0);
    expect(requests).toBe(0);

    await data.repos.sync.forgetServer();
    expect(await data.repos.sync.settings.get()).toBeNull();
    expect(keychain.secrets.has(PASSWORD_ACCOUNT)).toBe(false);
    expect((await firstValueFrom(data.repos.sync.watchStatus())).phase).toBe('not-configured');
  });
});
