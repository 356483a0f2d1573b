/** Live bodies and members for components. */
import { useMemo } from 'react';
import type { Body, Member } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useSharedLive, type Live } from '../../db/use-live';

export function useBodies(): Live<Body[]> {
  const repos = useRepositories();
  return useSharedLive(repos, { key: 'bodies', observe: () => repos.bodies.watchAll() });
}

export function useMembers(): Live<Member[]> {
  const repos = useRepositories();
  return useSharedLive(repos, { key: 'members', observe: () => repos.members.watchAll() });
}

/** id → record, for showing names next to ids. */
export function useIndex<T extends { id: string }>(live: Live<T[]>): Map<string, T> {
  return useMemo(() => new Map((live.data ?? []).map((record) => [record.id, record])), [live.data]);
}

export function useBody(id: string): Live<Body | null> {
  const repos = useRepositories();
  return useSharedLive(repos, { key: `body:${id}`, observe: () => repos.bodies.watchById(id) });
}
