/**
 * Attachment sync runs in rounds: one PouchDB replication of the attachment store at a time
 * (it mishandles being run twice at once), and a round asked for while one runs is run once
 * after it. The store's files are large and few, so a round pushes and pulls everything that
 * differs; what the engine shows of it (busy, sent, refused) it is told through `Hooks`.
 */
import type { Refusal } from './collection-replication';
import type { AttachmentRemote, AttachmentSync } from './sync-connection';
import { withinLimit } from './sync-clock';

export interface AttachmentRoundHooks {
  /** Where to sync, or null when no round may run now (not connected). */
  remote(): AttachmentRemote | null;
  busy(busy: boolean): void;
  done(result: { sent: number; received: number; refused: Refusal[] }): void;
  failed(error: unknown): void;
  stopped(): boolean;
}

export class AttachmentRounds {
  private running = false;
  private again = false;
  private current: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: AttachmentSync,
    private readonly hooks: AttachmentRoundHooks,
  ) {}

  /** Runs a round now, or once more after the one running. */
  run(): void {
    const remote = this.hooks.remote();
    if (!remote) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.hooks.busy(true);
    this.current = this.store
      .syncWith(remote)
      .then((result) => this.hooks.done(result))
      .catch((error: unknown) => this.hooks.failed(error))
      .finally(() => {
        this.running = false;
        if (this.hooks.stopped()) return;
        this.hooks.busy(false);
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  /** Resolves when the round in flight ends, or after `graceMs` (PouchDB mishandles being cut off). */
  async finish(graceMs: number): Promise<void> {
    await withinLimit(this.current, graceMs);
  }
}
