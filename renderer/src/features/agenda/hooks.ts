/** Live agenda items of a meeting, with their display numbers and reading order. */
import { useMemo } from 'react';
import { agendaNumbers, inAgendaOrder } from '@shared/domain/agenda-numbering';
import type { AgendaItem } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import type { Repositories } from '../../db/repositories';
import { useSharedLive, type Live, type SharedRead } from '../../db/use-live';

export interface OutlineEntry {
  item: AgendaItem;
  number: string;
  depth: number;
}

/** A meeting's agenda items, shared by the meeting page's tabs. */
export function agendaItemsRead(repos: Repositories, meetingId: string): SharedRead<AgendaItem[]> {
  return { key: `agenda:${meetingId}`, observe: () => repos.agenda.watchForMeeting(meetingId) };
}

export function useAgendaItems(meetingId: string): Live<AgendaItem[]> {
  const repos = useRepositories();
  return useSharedLive(repos, agendaItemsRead(repos, meetingId));
}

/** The agenda in reading order with each item's number (frozen, or by place while a draft). */
export function useAgendaOutline(meetingId: string): { live: Live<AgendaItem[]>; outline: OutlineEntry[] } {
  const live = useAgendaItems(meetingId);
  const outline = useMemo(() => {
    const items = live.data ?? [];
    const numbers = agendaNumbers(items);
    return inAgendaOrder(items).map(({ item, depth }) => ({ item, depth, number: numbers.get(item.id) ?? '' }));
  }, [live.data]);
  return { live, outline };
}
