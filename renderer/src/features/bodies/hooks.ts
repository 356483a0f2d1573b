/** Live bodies and members for components. */
import { useMemo } from 'react';
import type { Body, Member } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export function useBodies(): Live<Body[]> {
  const repos = useRepositories();
  return useLive(() => repos.bodies.watchAll(), [repos]);
}

export function useMembers(): Live<Member[]> {
  const repos = useRepositories();
  return useLive(() => repos.members.watchAll(), [repos]);
}

/** id → record, for showing names next to ids. */
export function useIndex<T extends { id: string }>(live: Live<T[]>): Map<string, T> {
  return useMemo(() => new Map((live.data ?? []).map((record) => [record.id, record])), [live.data]);
}

export function useBody(id: string): Live<Body | null> {
  const repos = useRepositories();
  return useLive(() => repos.bodies.watchById(id), [repos, id]);
}
