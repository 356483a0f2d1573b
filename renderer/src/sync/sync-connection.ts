/** What the sync engine is given to work with: the server and account, and the attachment store. */
import type { Observable } from 'rxjs';
import type { FetchLike } from '@shared/couch/http';
import type { Refusal } from './collection-replication';

/** The server and account this laptop syncs with. */
export interface SyncConnection {
  /** Normalised, ending in `/`. */
  serverUrl: string;
  prefix: string;
  username: string;
  password: string | null;
}

/** Where the attachment store syncs to: its server database, through the engine's session. */
export interface AttachmentRemote {
  url: string;
  fetch: FetchLike;
}

/** The attachment store's side of sync (renderer/src/attachments). */
export interface AttachmentSync {
  syncWith(remote: AttachmentRemote): Promise<{ sent: number; received: number; refused: Refusal[] }>;
  setRemote(remote: AttachmentRemote | null): void;
  pendingCount(): Promise<number>;
  readonly changes$: Observable<unknown>;
}
