/**
 * The part of PouchDB the attachment store uses, typed here once. The store is written against
 * this interface so it runs on PouchDB with IndexedDB in the app and with the memory adapter in
 * Node tests, and so the rest of the renderer never sees PouchDB's own (Node-flavoured) types.
 */

export interface PouchReplicationResult {
  ok: boolean;
  docs_written: number;
  doc_write_failures: number;
  last_seq: number | string;
  errors: Array<{ id?: string; name?: string; message?: string; reason?: string }>;
}

export interface PouchStoredDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  [key: string]: unknown;
}

export interface PouchChangesFeed {
  on(event: 'change', listener: () => void): PouchChangesFeed;
  cancel(): void;
}

export interface PouchChangesResult {
  results: Array<{ id: string; seq: number | string; deleted?: boolean }>;
  last_seq: number | string;
}

export interface PouchLike {
  put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
  get(id: string): Promise<PouchStoredDoc>;
  remove(id: string, rev: string): Promise<unknown>;
  getAttachment(id: string, name: string): Promise<Blob | Uint8Array>;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  allDocs(options: { include_docs: true }): Promise<{ rows: Array<{ id: string; doc?: PouchStoredDoc }> }>;
  /** `since` may also be the text 'now'. */
  changes(options: { since: number | string; live: true }): PouchChangesFeed;
  changes(options: { since: number | string; limit?: number; doc_ids?: string[] }): Promise<PouchChangesResult>;
  replicate: {
    to(target: PouchLike, options?: { batch_size?: number; doc_ids?: string[] }): Promise<PouchReplicationResult>;
    from(source: PouchLike, options?: { batch_size?: number; filter?: (doc: { _id: string }) => boolean }): Promise<PouchReplicationResult>;
  };
  close(): Promise<void>;
}

/** PouchDB reports failures as objects with a status, not always as Error instances. */
export function pouchStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
