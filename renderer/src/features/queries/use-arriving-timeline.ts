/**
 * A query's timeline while this laptop is still joining its server: the timeline entries arrive
 * in the background, after the queries themselves, so a query opened meanwhile reads its
 * timeline from the server at once (merged with what is already here, not stored: the join
 * brings it), or says the timeline is not yet on this laptop when the server cannot be asked.
 */
import { useEffect, useMemo, useState } from 'react';
import type { QueryEvent } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import type { Live } from '../../db/use-live';
import { useJoinStatus } from '../sync/hooks';
import { useQueryTimeline } from './hooks';

/** Where the timeline shown comes from. */
export type TimelineSource = 'laptop' | 'reading-server' | 'server' | 'not-yet-here';

/** What the page says of a timeline not (all) read from this laptop. */
export const TIMELINE_SOURCE_NOTES: Record<Exclude<TimelineSource, 'laptop'>, string> = {
  'reading-server': 'Query timelines are still arriving on this laptop: reading this one from the server…',
  server: 'Query timelines are still arriving on this laptop: this one was read from the server.',
  'not-yet-here': 'This query’s timeline is not yet on this laptop. It arrives with the rest of the records once the laptop is back online.',
};

interface ServerRead {
  queryId: string;
  /** null: the server could not be asked (offline, no sync set up). */
  events: QueryEvent[] | null;
}

/** Timeline entries from both sides, each once, oldest first. */
export function mergeTimelines(local: readonly QueryEvent[], fromServer: readonly QueryEvent[]): QueryEvent[] {
  const byId = new Map<string, QueryEvent>();
  for (const event of fromServer) byId.set(event.id, event);
  // What is on this laptop wins: it may hold a newer edit.
  for (const event of local) byId.set(event.id, event);
  return [...byId.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

export function useArrivingTimeline(queryId: string): { timeline: Live<QueryEvent[]>; source: TimelineSource } {
  const repos = useRepositories();
  const local = useQueryTimeline(queryId);
  const join = useJoinStatus();
  const status = join.data;
  const arriving = Boolean(
    status && (status.phase === 'essentials' || status.phase === 'background') && status.collections.some((c) => c.name === 'queryevents' && !c.caughtUp),
  );
  const [read, setRead] = useState<ServerRead | null>(null);

  useEffect(() => {
    if (!arriving) return;
    let current = true;
    repos.sync.readFromServer('queryevents', 'queryId', queryId).then(
      (events) => {
        if (current) setRead({ queryId, events });
      },
      () => {
        if (current) setRead({ queryId, events: null });
      },
    );
    return () => {
      current = false;
    };
  }, [arriving, queryId, repos]);

  return useMemo(() => {
    if (!arriving || local.status !== 'ready') return { timeline: local, source: 'laptop' as const };
    const fromServer = read?.queryId === queryId ? read.events : undefined;
    if (fromServer === undefined) return { timeline: local, source: 'reading-server' as const };
    if (fromServer === null) return { timeline: local, source: 'not-yet-here' as const };
    return { timeline: { status: 'ready' as const, data: mergeTimelines(local.data, fromServer), error: undefined }, source: 'server' as const };
  }, [arriving, local, read, queryId]);
}
