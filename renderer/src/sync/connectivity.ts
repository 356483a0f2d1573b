/**
 * Whether this computer has a network, as the browser reports it (`navigator.onLine` and the
 * online/offline events). It only says "no network" reliably; "online" may still mean the server
 * is unreachable, which the engine finds out by trying.
 */
export interface Connectivity {
  isOnline(): boolean;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
}

export function browserConnectivity(target: Window = window): Connectivity {
  return {
    isOnline: () => target.navigator.onLine,
    subscribe(listener) {
      const online = () => listener(true);
      const offline = () => listener(false);
      target.addEventListener('online', online);
      target.addEventListener('offline', offline);
      return () => {
        target.removeEventListener('online', online);
        target.removeEventListener('offline', offline);
      };
    },
  };
}

/** Connectivity that is switched by hand: for Node, where there is no browser to report it. */
export class ManualConnectivity implements Connectivity {
  private online: boolean;
  private readonly listeners = new Set<(online: boolean) => void>();

  constructor(online = true) {
    this.online = online;
  }

  isOnline(): boolean {
    return this.online;
  }

  set(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    for (const listener of [...this.listeners]) listener(online);
  }

  subscribe(listener: (online: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
