/**
 * Only one window of a profile may replicate (RxDB's leader election); the others wait their turn.
 */
import { addRxPlugin } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import type { QuorumDatabase } from '../db/create-database';
import { Timer, type SyncClock } from './sync-clock';

addRxPlugin(RxDBLeaderElectionPlugin);

/**
 * Resolves when this window may replicate: at once when it is the only one or already leads.
 * `waiting` is told once it has waited `noticeMs`, so the status can say another window syncs.
 */
export async function leadershipOf(db: QuorumDatabase, clock: SyncClock, noticeMs: number, waiting: () => void): Promise<void> {
  if (!db.multiInstance || db.isLeader()) return;
  const notice = new Timer(clock);
  notice.start(noticeMs, waiting);
  await db.waitForLeadership();
  notice.cancel();
}
