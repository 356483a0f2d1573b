/**
 * The laptop's side of publishing: acts waiting to reach the public database (the outbox), and
 * the publications as the server last showed them. Kept in the browser's local storage, written
 * at once on every change, so a queued publication survives a crash or a restart, offline.
 *
 * Why not a replicated collection: the RxDB free build opens at most 14 collections (keep to 10,
 * docs/stack-facts.md) and every live feed holds one of six connections. The outbox is sent by plain HTTP
 * PUT instead (shared/publishing/push.ts), one act at a time in the order they were taken.
 */
import { BehaviorSubject, type Observable } from 'rxjs';
import type { Publication } from '@shared/publishing/publication';
import type { PublicationAct } from '@shared/publishing/rules';

export interface QueuedAct {
  act: PublicationAct;
  queuedAt: string;
  /** The server's refusal (validation, role), said to the person; the act stays queued. */
  problem?: string;
}

export interface PublishingState {
  queue: QueuedAct[];
  /** By publication id, without the files' data. */
  known: Record<string, Publication>;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const EMPTY: PublishingState = { queue: [], known: {} };

function read(storage: KeyValueStorage, key: string): PublishingState {
  try {
    const text = storage.getItem(key);
    if (!text) return EMPTY;
    const parsed = JSON.parse(text) as Partial<PublishingState>;
    return { queue: Array.isArray(parsed.queue) ? parsed.queue : [], known: parsed.known && typeof parsed.known === 'object' ? parsed.known : {} };
  } catch {
    return EMPTY;
  }
}

/** A publication as kept on the laptop: the files named, their data left on the server. */
function withoutFileData(publication: Publication): Publication {
  if (!publication._attachments) return publication;
  return {
    ...publication,
    _attachments: Object.fromEntries(
      Object.entries(publication._attachments).map(([name, file]) => [
        name,
        { content_type: file.content_type, stub: true, ...(file.length !== undefined ? { length: file.length } : {}) },
      ]),
    ),
  };
}

export class PublicationOutbox {
  private readonly subject: BehaviorSubject<PublishingState>;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {
    this.subject = new BehaviorSubject(read(storage, key));
  }

  get state(): PublishingState {
    return this.subject.getValue();
  }

  watch(): Observable<PublishingState> {
    return this.subject.asObservable();
  }

  private save(next: PublishingState): void {
    // Written before anyone is told: a failure here (storage full) reaches the caller.
    this.storage.setItem(this.key, JSON.stringify(next));
    this.subject.next(next);
  }

  add(act: PublicationAct, queuedAt: string): void {
    this.save({ ...this.state, queue: [...this.state.queue, { act, queuedAt }] });
  }

  /** The act reached the server: out of the queue, and what the server holds now remembered. */
  delivered(act: PublicationAct, stored: Publication): void {
    this.save({
      queue: this.state.queue.filter((q) => q.act !== act && !(q.act.id === act.id && q.act.at === act.at && q.act.act === act.act)),
      known: { ...this.state.known, [stored._id]: withoutFileData(stored) },
    });
  }

  refused(act: PublicationAct, problem: string): void {
    this.save({
      ...this.state,
      queue: this.state.queue.map((q) => (q.act.id === act.id && q.act.at === act.at && q.act.act === act.act ? { ...q, problem } : q)),
    });
  }

  /** Clears a refusal so the act is sent again (after the cause was mended). */
  retry(act: PublicationAct): void {
    this.save({
      ...this.state,
      queue: this.state.queue.map((q) => {
        if (!(q.act.id === act.id && q.act.at === act.at && q.act.act === act.act)) return q;
        const { problem: _problem, ...rest } = q;
        return rest;
      }),
    });
  }

  /** Drops a refused act the person gave up on. */
  discard(act: PublicationAct): void {
    this.save({ ...this.state, queue: this.state.queue.filter((q) => !(q.act.id === act.id && q.act.at === act.at && q.act.act === act.act)) });
  }

  remember(id: string, publication: Publication | null): void {
    const known = { ...this.state.known };
    if (publication) known[id] = withoutFileData(publication);
    else delete known[id];
    this.save({ ...this.state, known });
  }
}
