/** The publishing service of the open database, made once per set of repositories and started. */
import { useEffect } from 'react';
import type { Repositories } from '../../db/repositories';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';
import type { PublishingState } from './publication-outbox';
import { PublishingService } from './publishing.service';

const STORAGE_KEY = 'quorum.publishing.v1';
const services = new WeakMap<Repositories, PublishingService>();

/** Local storage where there is one (the app, the browser); memory in tests without it. */
function storage(): Pick<Storage, 'getItem' | 'setItem'> {
  if (typeof localStorage !== 'undefined') return localStorage;
  const memory = new Map<string, string>();
  return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
}

export function publishingFor(repos: Repositories): PublishingService {
  let service = services.get(repos);
  if (!service) {
    service = new PublishingService(repos, storage(), STORAGE_KEY);
    service.start();
    services.set(repos, service);
  }
  return service;
}

export function usePublishing(): { service: PublishingService; state: Live<PublishingState> } {
  const repos = useRepositories();
  const service = publishingFor(repos);
  const state = useLive(() => service.watch(), [service]);
  return { service, state };
}

/** Reads the named publications from the server once (when online), so the page shows what residents see. */
export function useRefreshPublications(service: PublishingService, ids: readonly string[]): void {
  const key = ids.join('\n');
  useEffect(() => {
    if (key) void service.refresh(key.split('\n'));
  }, [service, key]);
}
