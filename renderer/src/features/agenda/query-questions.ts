/**
 * A stakeholder query taken to a meeting as a question: placing it adds a question item to the
 * meeting's agenda (under "Questions", with a frozen-style number once the notice is out) and
 * records that on the query; the answer given in the meeting is minuted and flows back onto the
 * query's timeline.
 */
import { childrenOf } from '@shared/domain/agenda-numbering';
import type { AgendaItem } from '@shared/schemas';
import type { QueryRepository } from '../queries/queries.repository';
import { AgendaChangeError, type AgendaItemRepository, type ItemPlacement } from './agenda.repository';

export class QueryQuestions {
  constructor(
    private readonly agenda: AgendaItemRepository,
    private readonly queries: QueryRepository,
  ) {}

  /** Where a question goes: under the agenda's Questions item, or after the last item if it has none. */
  private placementFor(items: AgendaItem[]): ItemPlacement {
    const questions = items.find((i) => i.kind === 'question' && !i.parentId);
    if (questions) return { under: questions.id };
    const last = childrenOf(items, '').at(-1);
    return last?.frozenNumber ? { after: last.id } : { at: 'end' };
  }

  async placeOnAgenda(queryId: string, meetingId: string, note = ''): Promise<AgendaItem> {
    const query = await this.queries.findById(queryId);
    if (!query) throw new AgendaChangeError('That query no longer exists on this device.');
    if (query.agendaItemId && (await this.agenda.findById(query.agendaItemId))) {
      throw new AgendaChangeError('This query is already on an agenda.');
    }
    const items = await this.agenda.listForMeeting(meetingId);
    const item = await this.agenda.addItem(
      meetingId,
      {
        title: `Question: ${query.subject} (${query.reference})`.slice(0, 500),
        kind: 'question',
        inCommittee: false,
        notes: query.description ?? '',
        // Used only when the notice is already out: the question is then a late item.
        lateReason: `Question from stakeholder query ${query.reference}${note.trim() ? `: ${note.trim()}` : ''}`.slice(0, 500),
      },
      this.placementFor(items),
    );
    await this.agenda.update(item.id, () => ({ queryId }));
    await this.queries.placeOnAgenda(queryId, meetingId, item.id, note);
    return item;
  }

  /** Minutes the answer under the question item and adds it to the query's timeline. */
  async recordAnswer(agendaItemId: string, answer: string): Promise<void> {
    const item = await this.agenda.findById(agendaItemId);
    if (!item?.queryId) throw new AgendaChangeError('This agenda item is not a stakeholder query.');
    if (!answer.trim()) throw new AgendaChangeError('Record the answer given in the meeting.');
    await this.agenda.saveMinutes(agendaItemId, { decision: 'noted', decisionNote: `Answer: ${answer.trim()}` });
    await this.queries.recordAnswer(item.queryId, answer, item.meetingId);
  }
}
