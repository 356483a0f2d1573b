/**
 * The app's database: RxDB on IndexedDB through Dexie, opened once per page. RxDB's dev-mode is
 * never loaded here: in a browser it fetches a page from the internet (see docs/stack-facts.md).
 */
import { createQuorumDatabase, type QuorumDatabase } from './create-database';
import { quorumStorage } from './storage';

export const DATABASE_NAME = 'quorum';

let opening: Promise<QuorumDatabase> | null = null;

export function openBrowserDatabase(): Promise<QuorumDatabase> {
  opening ??= createQuorumDatabase({
    name: DATABASE_NAME,
    // Queries an index answers and lists of ids are read with one getAll each (see storage.ts).
    storage: quorumStorage(),
    multiInstance: true,
  });
  return opening;
}
