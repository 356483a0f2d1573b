/**
 * The handful of CouchDB database operations Quorum's sync uses: `_changes` (normal and
 * long-poll), `_all_docs` by keys, `_bulk_docs`, and `_local` documents. Sequence values are
 * passed back exactly as the server gave them: in a cluster they are opaque strings that must
 * never be parsed or compared (docs/stack-facts.md, "Apache CouchDB 3").
 */
import { CouchRequestError, type CouchClient } from './http';

export type CouchSeq = string | number;
export type CouchDoc = Record<string, unknown> & { _id: string; _rev?: string; _deleted?: boolean };

export interface ChangesRow {
  id: string;
  seq: CouchSeq;
  deleted?: boolean;
  doc?: CouchDoc | null;
  changes: Array<{ rev: string }>;
}

export interface ChangesResponse {
  results: ChangesRow[];
  last_seq: CouchSeq;
  pending?: number;
}

export interface AllDocsRow {
  key: string;
  id?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: CouchDoc | null;
  error?: string;
}

export type BulkDocsResult = { id: string; ok?: boolean; rev?: string; error?: string; reason?: string };

export interface DatabaseInfo {
  db_name?: string;
  doc_count: number;
  doc_del_count?: number;
  update_seq: CouchSeq;
}

export interface ChangesOptions {
  since: CouchSeq;
  limit?: number;
  includeDocs?: boolean;
  /** Long-poll: the server holds the request until a change or `timeoutMs` passes. */
  longpoll?: { timeoutMs: number };
  signal?: AbortSignal;
  /** Client-side limit for this request. */
  requestTimeoutMs?: number;
}

function isChangesResponse(body: unknown): body is ChangesResponse {
  return typeof body === 'object' && body !== null && Array.isArray((body as ChangesResponse).results) && 'last_seq' in body;
}

function tooLargeReason(doc: CouchDoc): string {
  const megabytes = new TextEncoder().encode(JSON.stringify(doc)).byteLength / 1_000_000;
  return `The record is too large for the server (${megabytes.toFixed(1)} MB; Apache CouchDB accepts 8 MB unless IT raised its max_document_size). Settle its competing edits or shorten its longest text, and it will sync.`;
}

export class CouchDatabase {
  constructor(
    readonly client: CouchClient,
    readonly name: string,
  ) {}

  private path(rest = ''): string {
    return `${encodeURIComponent(this.name)}/${rest}`;
  }

  info(signal?: AbortSignal): Promise<DatabaseInfo> {
    return this.client.json<DatabaseInfo>('GET', this.path(), { database: this.name, ...(signal ? { signal } : {}) });
  }

  async changes(options: ChangesOptions): Promise<ChangesResponse> {
    const body = await this.client.json<unknown>('GET', this.path('_changes'), {
      database: this.name,
      query: {
        since: options.since,
        limit: options.limit,
        // A sequence is computed only every `limit` rows: cheaper on a cluster, and we only read last_seq.
        seq_interval: options.limit,
        include_docs: options.includeDocs ? true : undefined,
        feed: options.longpoll ? 'longpoll' : undefined,
        timeout: options.longpoll?.timeoutMs,
      },
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
    });
    if (!isChangesResponse(body)) {
      throw new Error(`The server's _changes answer for ${this.name} has no results list.`);
    }
    return body;
  }

  async allDocs(keys: string[]): Promise<AllDocsRow[]> {
    const body = await this.client.json<{ rows?: AllDocsRow[] }>('POST', this.path('_all_docs'), {
      database: this.name,
      query: { include_docs: true },
      body: { keys },
    });
    return body.rows ?? [];
  }

  /**
   * Writes documents in one request. Apache CouchDB answers 413 for the whole request when one
   * document is over its `max_document_size` (8 MB by default; measured on 3.5.0: the other
   * documents of the request are not written either). So a refused request is split until the
   * documents that are too large are alone: the others are written, and each too-large one comes
   * back as its own refusal, which the laptop lists, rather than holding back the whole batch.
   */
  async bulkDocs(docs: CouchDoc[]): Promise<BulkDocsResult[]> {
    if (docs.length === 0) return [];
    try {
      const response = await this.client.request<BulkDocsResult[] | { error?: string; reason?: string }>('POST', this.path('_bulk_docs'), {
        database: this.name,
        body: { docs },
        accept: [413],
      });
      if (response.status !== 413) return response.body as BulkDocsResult[];
    } catch (error) {
      // A proxy in front of the server answers 413 too (a request body over its limit), as a page rather than JSON.
      if (!(error instanceof CouchRequestError && error.problem.status === 413)) throw error;
    }
    const [only] = docs;
    if (docs.length === 1 && only) return [{ id: only._id, error: 'document_too_large', reason: tooLargeReason(only) }];
    const half = Math.ceil(docs.length / 2);
    return [...(await this.bulkDocs(docs.slice(0, half))), ...(await this.bulkDocs(docs.slice(half)))];
  }

  /** One revision of a document (the body of a deletion tombstone, for instance); null when missing. */
  async get(id: string, rev?: string): Promise<CouchDoc | null> {
    const response = await this.client.request<CouchDoc>('GET', this.path(encodeURIComponent(id)), {
      database: this.name,
      accept: [404],
      ...(rev ? { query: { rev } } : {}),
    });
    return response.status === 404 ? null : response.body;
  }

  /** A `_local` document (never replicated); null when missing. */
  async getLocal<T extends object>(id: string, signal?: AbortSignal): Promise<(T & { _rev?: string }) | null> {
    const response = await this.client.request<T & { _rev?: string }>('GET', this.path(`_local/${encodeURIComponent(id)}`), {
      database: this.name,
      accept: [404],
      ...(signal ? { signal } : {}),
    });
    return response.status === 404 ? null : response.body;
  }

  async putLocal(id: string, body: object): Promise<void> {
    const current = await this.getLocal<object>(id);
    await this.client.json('PUT', this.path(`_local/${encodeURIComponent(id)}`), {
      database: this.name,
      body: { ...body, ...(current?._rev ? { _rev: current._rev } : {}) },
    });
  }
}
