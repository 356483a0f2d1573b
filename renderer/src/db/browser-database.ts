/**
 * The app's database: RxDB on IndexedDB through Dexie, opened once per page. RxDB's dev-mode is
 * never loaded here: in a browser it fetches a page from the internet (see STACK-NOTES).
 */
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createQuorumDatabase, type QuorumDatabase } from './create-database';

export const DATABASE_NAME = 'quorum';

let opening: Promise<QuorumDatabase> | null = null;

export function openBrowserDatabase(): Promise<QuorumDatabase> {
  opening ??= createQuorumDatabase({
    name: DATABASE_NAME,
    storage: getRxStorageDexie(),
    multiInstance: true,
  });
  return opening;
}
