/**
 * Holds every request of the replication until the engine has a working connection to the
 * server. The replications are started even offline (so RxDB's bookkeeping is open and the
 * number of waiting changes can be counted); their handlers wait here instead of failing in a
 * loop. Stopping the engine releases every waiter with SyncStoppedError.
 */
export class SyncStoppedError extends Error {
  constructor() {
    super('Sync was stopped.');
    this.name = 'SyncStoppedError';
  }
}

export class ConnectionGate {
  private isOpen = false;
  private stopped = false;
  private waiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];

  get opened(): boolean {
    return this.isOpen && !this.stopped;
  }

  open(): void {
    if (this.stopped) return;
    this.isOpen = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.resolve();
  }

  close(): void {
    this.isOpen = false;
  }

  stop(): void {
    this.stopped = true;
    this.isOpen = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.reject(new SyncStoppedError());
  }

  wait(): Promise<void> {
    if (this.stopped) return Promise.reject(new SyncStoppedError());
    if (this.isOpen) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }
}
