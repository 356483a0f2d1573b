/**
 * The attachment store: report PDFs, annexures and scanned signed minutes, kept in a PouchDB
 * database on this laptop and replicated with PouchDB's own replication to the municipality's
 * attachments database, which carries the files themselves (RxDB's CouchDB replication cannot,
 * docs/stack-facts.md). Records keep only a reference to a file (shared/schemas/fields.ts attachmentsField).
 *
 * One document per file, id = the reference's id, the file as its attachment `file`. A size limit
 * (50 MB unless configured) refuses bigger files before anything is stored. PouchDB moves a
 * replication checkpoint past a document the server refused, so refusals are remembered here and
 * sent again by id, and counted as waiting until the server takes them.
 */
import { Subject, type Observable } from 'rxjs';
import type { FetchLike } from '@shared/couch/http';
import { newId } from '@shared/domain/ids';
import type { Meeting } from '@shared/schemas';
import { pouchStatus, type PouchLike, type PouchStoredDoc } from './pouch';

export type AttachmentRef = NonNullable<Meeting['attachments']>[number];
export type AttachmentKind = NonNullable<AttachmentRef['kind']>;

export const DEFAULT_ATTACHMENT_LIMIT_BYTES = 50 * 1024 * 1024;
const FILE = 'file';
const SYNC_STATE_ID = '_local/quorum-sync';
const MAX_NAME = 255;
const MAX_MIME = 120;

export interface AttachmentMeta {
  /** The file's name; a File's own name when not given. */
  name?: string;
  kind?: AttachmentKind;
  /** Who added it (the person at the keyboard). */
  addedBy?: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

export class AttachmentRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttachmentRefusedError';
  }
}

export class AttachmentTooLargeError extends AttachmentRefusedError {
  constructor(name: string, size: number, limit: number) {
    super(
      `“${name}” is ${formatBytes(size)}; attachments may be at most ${formatBytes(limit)}. Make the file smaller (for example, scan at a lower resolution or compress the PDF), or ask IT to raise the limit.`,
    );
    this.name = 'AttachmentTooLargeError';
  }
}

export class AttachmentNotAvailableError extends Error {
  constructor(id: string) {
    super(`This file is not on this laptop yet (${id.slice(0, 8)}). It arrives with the next sync; connect to the network and try again.`);
    this.name = 'AttachmentNotAvailableError';
  }
}

interface SyncState {
  pushedSeq: number | string;
  refused: Array<{ id: string; reason: string }>;
}

export interface RemoteAttachments {
  url: string;
  fetch: FetchLike;
}

export interface AttachmentStoreOptions {
  local: PouchLike;
  /** Opens the server's attachments database (PouchDB's HTTP adapter with the given fetch). */
  openRemote: (remote: RemoteAttachments) => PouchLike;
  maxBytes?: number;
  now?: () => Date;
  /** How file bytes are handed to PouchDB: Blobs in browsers (IndexedDB stores them), base64 in Node. */
  binary?: 'blob' | 'base64';
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function cleanName(name: string): string {
  // Folders and control characters have no place in a file name that is shown and saved again.
  return (
    name
      .replace(/^.*[\\/]/, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]/g, '')
      .trim()
  );
}

export class AttachmentStore {
  private limit: number;
  private readonly now: () => Date;
  private readonly changed = new Subject<void>();
  private remote: RemoteAttachments | null = null;

  constructor(private readonly options: AttachmentStoreOptions) {
    this.limit = options.maxBytes ?? DEFAULT_ATTACHMENT_LIMIT_BYTES;
    this.now = options.now ?? (() => new Date());
  }

  get maxBytes(): number {
    return this.limit;
  }

  setMaxBytes(bytes: number): void {
    if (!Number.isFinite(bytes) || bytes <= 0) throw new RangeError('The attachment size limit must be a positive number of bytes.');
    this.limit = bytes;
  }

  /** Emits after every local change (a file added or removed). */
  get changes$(): Observable<void> {
    return this.changed.asObservable();
  }

  /** Checks a file before it is stored; null when it may be added. */
  problemWith(file: Blob, name: string): string | null {
    if (!name) return 'The file has no name.';
    if (name.length > MAX_NAME) return `The file name is too long: at most ${MAX_NAME} characters.`;
    if (file.size === 0) return `“${name}” is empty.`;
    if (file.size > this.limit) return new AttachmentTooLargeError(name, file.size, this.limit).message;
    return null;
  }

  /** Stores a file and returns the reference to keep on the record. */
  async put(file: Blob, meta: AttachmentMeta = {}): Promise<AttachmentRef> {
    const name = cleanName(meta.name ?? (file as Partial<File>).name ?? '');
    if (file.size > this.limit) throw new AttachmentTooLargeError(name || 'The file', file.size, this.limit);
    const problem = this.problemWith(file, name);
    if (problem) throw new AttachmentRefusedError(problem);
    const ref: AttachmentRef = {
      id: newId(),
      name,
      size: file.size,
      addedAt: this.now().toISOString(),
    };
    const mimeType = (file.type || 'application/octet-stream').slice(0, MAX_MIME);
    ref.mimeType = mimeType;
    if (meta.kind) ref.kind = meta.kind;
    if (meta.addedBy) ref.addedBy = meta.addedBy.slice(0, 120);
    const data = this.options.binary === 'base64' ? await toBase64(file) : file;
    const { id, ...fields } = ref;
    await this.options.local.put({ _id: id, ...fields, _attachments: { [FILE]: { content_type: mimeType, data } } });
    this.changed.next();
    return ref;
  }

  /** The file's bytes: from this laptop, else (when connected) straight from the server. */
  async get(id: string): Promise<Blob> {
    let data: Blob | Uint8Array;
    let type = 'application/octet-stream';
    try {
      const doc = await this.options.local.get(id);
      type = typeof doc.mimeType === 'string' ? doc.mimeType : type;
      data = await this.options.local.getAttachment(id, FILE);
    } catch (error) {
      if (pouchStatus(error) !== 404) throw error;
      if (!this.remote) throw new AttachmentNotAvailableError(id);
      const server = this.options.openRemote(this.remote);
      try {
        data = await server.getAttachment(id, FILE);
      } catch (remoteError) {
        if (pouchStatus(remoteError) === 404) throw new AttachmentNotAvailableError(id);
        throw remoteError;
      } finally {
        await closeQuietly(server);
      }
    }
    return data instanceof Blob ? data : new Blob([new Uint8Array(data)], { type });
  }

  async has(id: string): Promise<boolean> {
    try {
      await this.options.local.get(id);
      return true;
    } catch (error) {
      if (pouchStatus(error) === 404) return false;
      throw error;
    }
  }

  /** Deletes the file here; the deletion replicates. A file already gone is not an error. */
  async remove(id: string): Promise<void> {
    let doc: PouchStoredDoc;
    try {
      doc = await this.options.local.get(id);
    } catch (error) {
      if (pouchStatus(error) === 404) return;
      throw error;
    }
    await this.options.local.remove(doc._id, doc._rev);
    this.changed.next();
  }

  /** Every file stored here (for backups): its reference fields, without the bytes. */
  async list(): Promise<Array<{ id: string; name: string; mimeType: string; size: number }>> {
    const { rows } = await this.options.local.allDocs({ include_docs: true });
    return rows
      .filter((row) => !row.id.startsWith('_design/') && row.doc && !row.doc._deleted)
      .map((row) => ({
        id: row.id,
        name: typeof row.doc?.name === 'string' ? row.doc.name : row.id,
        mimeType: typeof row.doc?.mimeType === 'string' ? row.doc.mimeType : 'application/octet-stream',
        size: typeof row.doc?.size === 'number' ? row.doc.size : 0,
      }));
  }

  async readBytes(id: string): Promise<Uint8Array> {
    return new Uint8Array(await (await this.get(id)).arrayBuffer());
  }

  /** Stores a file under a known id (a restore), replacing what is there; no size limit applies. */
  async write(file: { id: string; name: string; mimeType: string; bytes: Uint8Array }): Promise<void> {
    let rev: string | undefined;
    try {
      rev = (await this.options.local.get(file.id))._rev;
    } catch (error) {
      if (pouchStatus(error) !== 404) throw error;
    }
    const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
    const data = this.options.binary === 'base64' ? await toBase64(blob) : blob;
    await this.options.local.put({
      _id: file.id,
      ...(rev ? { _rev: rev } : {}),
      name: cleanName(file.name) || 'attachment',
      mimeType: file.mimeType.slice(0, MAX_MIME),
      size: file.bytes.byteLength,
      addedAt: this.now().toISOString(),
      _attachments: { [FILE]: { content_type: file.mimeType, data } },
    });
    this.changed.next();
  }

  // ---------------------------------------------------------------- sync (used by the sync engine)

  setRemote(remote: RemoteAttachments | null): void {
    this.remote = remote;
  }

  private async syncState(): Promise<SyncState & { _rev?: string }> {
    try {
      const doc = await this.options.local.get(SYNC_STATE_ID);
      return {
        _rev: doc._rev,
        pushedSeq: (doc.pushedSeq as number | string | undefined) ?? 0,
        refused: Array.isArray(doc.refused) ? (doc.refused as SyncState['refused']) : [],
      };
    } catch (error) {
      if (pouchStatus(error) === 404) return { pushedSeq: 0, refused: [] };
      throw error;
    }
  }

  private async saveSyncState(state: SyncState & { _rev?: string }): Promise<void> {
    await this.options.local.put({ _id: SYNC_STATE_ID, ...state });
  }

  /** One round both ways: send, receive, and send again what arrived meanwhile. */
  async syncWith(remote: RemoteAttachments): Promise<{ sent: number; received: number; refused: Array<{ id: string; reason: string }> }> {
    const server = this.options.openRemote(remote);
    try {
      return await this.roundWith(server);
    } finally {
      await closeQuietly(server);
    }
  }

  private async roundWith(server: PouchLike): Promise<{ sent: number; received: number; refused: Array<{ id: string; reason: string }> }> {
    const state = await this.syncState();
    let sent = 0;
    const refused = new Map<string, string>();
    if (state.refused.length > 0) {
      const retry = await this.options.local.replicate.to(server, { batch_size: 10, doc_ids: state.refused.map((r) => r.id) });
      sent += retry.docs_written;
      for (const error of retry.errors) if (error.id) refused.set(error.id, error.message ?? error.reason ?? error.name ?? 'refused');
    }
    const removals = (await this.options.local.changes({ since: state.pushedSeq, limit: 10_000 })).results
      .filter((row) => row.deleted === true && !row.id.startsWith('_design/'))
      .map((row) => row.id);
    const first = await this.options.local.replicate.to(server, { batch_size: 10 });
    await this.removeOnServer(server, removals);
    // The server's design documents (its validation) have no business on a laptop.
    const pulled = await this.options.local.replicate.from(server, { batch_size: 10, filter: (doc) => !doc._id.startsWith('_design/') });
    const second = pulled.docs_written > 0 ? await this.options.local.replicate.to(server, { batch_size: 10 }) : first;
    sent += first.docs_written + (second === first ? 0 : second.docs_written);
    for (const result of [first, second]) {
      for (const error of result.errors) if (error.id) refused.set(error.id, error.message ?? error.reason ?? error.name ?? 'refused');
    }
    const refusals = [...refused].map(([id, reason]) => ({ id, reason }));
    await this.saveSyncState({ ...state, pushedSeq: second.last_seq, refused: refusals });
    return { sent, received: pulled.docs_written, refused: refusals };
  }

  /**
   * Removals are also made on the server as ordinary deletions: pouchdb-server's validation
   * layer (pouchdb-validation) overwrites `_revisions` on replicated writes and so silently drops
   * a replicated deletion, whereas an ordinary one applies everywhere (Apache CouchDB included).
   */
  private async removeOnServer(server: PouchLike, ids: string[]): Promise<void> {
    for (const id of ids) {
      try {
        const doc = await server.get(id);
        if (!doc._deleted) await server.remove(doc._id, doc._rev);
      } catch (error) {
        if (pouchStatus(error) !== 404) throw error;
      }
    }
  }

  /** Files added or removed here that the server does not have yet. */
  async pendingCount(): Promise<number> {
    const state = await this.syncState();
    const changes = await this.options.local.changes({ since: state.pushedSeq, limit: 10_000 });
    const waiting = new Set(changes.results.map((row) => row.id));
    for (const refusal of state.refused) waiting.add(refusal.id);
    return waiting.size;
  }

  async close(): Promise<void> {
    this.changed.complete();
    await this.options.local.close();
  }
}

/**
 * Closes a handle on the server's attachments database. PouchDB keeps every database it opened in
 * a list of its own until it is closed (`PouchDB._destructionListeners`), and with it the handle's
 * fetch, and so the sync engine and database of the session that opened it: one left open per
 * round grew a long torture run by about 20 MB a round until it ran out of memory
 * (docs/sync-torture.md). Closing an HTTP handle sends nothing, and a failure to close changes
 * nothing the round did.
 */
async function closeQuietly(server: PouchLike): Promise<void> {
  try {
    await server.close();
  } catch {
    // Nothing to undo: the round's work is done or has already failed with its own error.
  }
}
