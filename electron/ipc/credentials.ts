/** IPC handlers for credentials kept in the OS keychain (see credentials-store.ts). */
import type { CredentialStore } from '../credentials-store';
import type { IpcGate } from './handle';

export function registerCredentialHandlers(gate: IpcGate, store: CredentialStore): void {
  gate.handle('credentials:get', (account) => store.get(account));
  gate.handle('credentials:set', (account, secret) => store.set(account, secret));
  gate.handle('credentials:remove', async (account) => {
    await store.remove(account);
    return null;
  });
}
