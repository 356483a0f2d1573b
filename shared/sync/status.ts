/**
 * The sync state a person sees in the app bar, in words: "Offline · 3 changes waiting",
 * "Syncing…", "Up to date · last synced 14:03", "Error · the server refused the user name or
 * password · Enter them again in Settings → Sync". Times are the municipality's, en-ZA, 24-hour.
 */
import { LOCALE, formatTime } from '../domain/time';
import { describeProblem, type CouchProblem } from '../couch/problems';

export type SyncPhase =
  | 'not-configured'
  | 'starting'
  /** Another window of Quorum on this profile runs the sync (only one may). */
  | 'other-window'
  | 'offline'
  | 'connecting'
  | 'syncing'
  | 'up-to-date'
  | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  /** Local changes not yet on the server (records and attachments). */
  pending: number;
  /** True when there were more waiting changes than were counted. */
  pendingCapped: boolean;
  /** When this laptop last knew itself in step with the server (ISO instant). */
  lastSyncedAt: string | null;
  problem: CouchProblem | null;
  /** When Quorum tries the server again (ISO instant), while it waits after a failure. */
  nextAttemptAt: string | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'not-configured',
  pending: 0,
  pendingCapped: false,
  lastSyncedAt: null,
  problem: null,
  nextAttemptAt: null,
};

export function changesWaiting(count: number, capped = false): string {
  if (count === 0) return 'no changes waiting';
  return `${count}${capped ? '+' : ''} ${count === 1 && !capped ? 'change' : 'changes'} waiting`;
}

export type StatusTone = 'neutral' | 'working' | 'ok' | 'warning' | 'error';

export interface StatusText {
  /** The whole line shown in the app bar. */
  text: string;
  tone: StatusTone;
}

export function describeSyncStatus(status: SyncStatus, timeZone: string): StatusText {
  const waiting = status.pending > 0 ? ` · ${changesWaiting(status.pending, status.pendingCapped)}` : '';
  switch (status.phase) {
    case 'not-configured':
      return { text: 'Sync not set up · Settings → Sync', tone: 'neutral' };
    case 'starting':
      return { text: `Starting sync…${waiting}`, tone: 'working' };
    case 'other-window':
      return { text: 'Syncing in another Quorum window', tone: 'neutral' };
    case 'offline':
      return { text: `Offline · ${changesWaiting(status.pending, status.pendingCapped)}`, tone: 'warning' };
    case 'connecting':
      return { text: `Connecting to the sync server…${waiting}`, tone: 'working' };
    case 'syncing':
      return { text: `Syncing…${waiting}`, tone: 'working' };
    case 'up-to-date':
      return {
        text: status.lastSyncedAt ? `Up to date · last synced ${formatTime(status.lastSyncedAt, timeZone)}` : 'Up to date',
        tone: 'ok',
      };
    case 'error': {
      const problem = status.problem ? describeProblem(status.problem) : { reason: 'Sync stopped', action: 'See the sync log' };
      const retry = status.nextAttemptAt ? ` (next try ${formatTime(status.nextAttemptAt, timeZone)})` : '';
      return { text: `Error · ${problem.reason} · ${problem.action}${retry}${waiting}`, tone: 'error' };
    }
  }
}

/** `14:03:27`: log entries need the seconds (en-ZA, 24-hour, the municipality's zone). */
export function formatLogTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** Where the engine stands with the server. */
export type ConnectionState = 'idle' | 'starting' | 'other-window' | 'offline' | 'connecting' | 'connected' | 'waiting' | 'stopped';

/**
 * The phase a person sees. Offline and waiting-after-a-failure come first; while connected, a
 * problem limited to some records or one database is shown even as the rest keeps syncing, and
 * "up to date" needs nothing running and nothing waiting.
 */
export function syncPhase(state: ConnectionState, situation: { busy: boolean; problem: boolean; pending: number }): SyncPhase {
  switch (state) {
    case 'idle':
    case 'starting':
      return 'starting';
    case 'other-window':
      return 'other-window';
    case 'offline':
      return 'offline';
    case 'connecting':
      return 'connecting';
    case 'waiting':
      return 'error';
    case 'connected':
      if (situation.problem) return 'error';
      return situation.busy || situation.pending > 0 ? 'syncing' : 'up-to-date';
    case 'stopped':
      return 'not-configured';
  }
}
