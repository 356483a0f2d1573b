/** A keychain in memory, for laptops in tests and the benchmark: the secrets live as long as the map. */
import type { CredentialPersistence } from '../../../shared/ipc-contract';
import type { CredentialStore } from '../../../renderer/src/sync/sync-settings';

export function memoryCredentialStore(secrets: Map<string, string>, persistence: CredentialPersistence): CredentialStore {
  return {
    get: (account) => Promise.resolve(secrets.get(account) ?? null),
    set: (account, secret) => {
      secrets.set(account, secret);
      return Promise.resolve(persistence);
    },
    remove: (account) => {
      secrets.delete(account);
      return Promise.resolve();
    },
  };
}
