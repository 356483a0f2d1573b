/** Live agenda items of a meeting, with their display numbers and reading order. */
import { useMemo } from 'react';
import { agendaNumbers, inAgendaOrder } from '@shared/domain/agenda-numbering';
import type { AgendaItem } from '@shared/schemas';
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';

export interface OutlineEntry {
  item: AgendaItem;
  number: string;
  depth: number;
}

export function useAgendaItems(meetingId: string): Live<AgendaItem[]> {
  const repos = useRepositories();
  return useLive(() => repos.agenda.watchForMeeting(meetingId), [repos, meetingId]);
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
