/**
 * The account this laptop last signed in as, with the roles the server's session reported: kept
 * in an RxDB local document (this device only, never replicated) so the app stays read-only for a
 * viewer offline and after a restart, until the server says otherwise.
 */
import type { KnownAccount } from '@shared/couch/permissions';
import type { QuorumDatabase } from '../db/create-database';

interface AccountMemoryData {
  /** The server, prefix and user name the roles belong to. */
  serverKey: string;
  name: string | null;
  roles: string[];
  checkedAt: string;
}

const ACCOUNT_ID = 'sync-account';

export function accountKey(serverUrl: string, prefix: string, username: string): string {
  return `${serverUrl}|${prefix}|${username}`;
}

export class AccountMemory {
  constructor(private readonly db: QuorumDatabase) {}

  /** The account last seen for this server and user, or null if none was ever read. */
  async load(serverKey: string): Promise<KnownAccount | null> {
    const data = (await this.db.getLocal<AccountMemoryData>(ACCOUNT_ID))?.toJSON().data;
    if (!data || data.serverKey !== serverKey) return null;
    return { name: data.name, roles: [...data.roles] };
  }

  async save(serverKey: string, account: KnownAccount, checkedAt: Date): Promise<void> {
    await this.db.upsertLocal<AccountMemoryData>(ACCOUNT_ID, { serverKey, name: account.name, roles: [...account.roles], checkedAt: checkedAt.toISOString() });
  }

  async forget(): Promise<void> {
    const doc = await this.db.getLocal<AccountMemoryData>(ACCOUNT_ID);
    if (doc) await doc.remove();
  }
}
