/**
 * One search over the local records, offline: meetings, agenda items with their minutes,
 * resolutions, stakeholder queries and stakeholders. Each kind is read through its own
 * repository's scan, a page at a time, so memory stays flat on a large municipality; results are
 * capped per kind.
 */
import { phoneMatches } from '@shared/domain/phone';
import { richTextToPlain } from '@shared/domain/rich-text';
import { matchText, searchTerms } from '@shared/domain/search';
import type { RecordRepository } from '../../db/record-repository';

export interface SearchHit {
  kind: 'meeting' | 'item' | 'resolution' | 'query' | 'stakeholder';
  id: string;
  title: string;
  /** The record's number or reference (meeting number, item number, C 802/2026, the query's reference). */
  reference?: string;
  snippet: string;
  meetingId: string;
  /** Agenda item to open in the minutes, for items and resolutions. */
  itemId?: string;
}

/** The repositories whose records are searched: each is only asked to visit its records. */
export interface SearchedRepositories {
  meetings: Pick<RecordRepository<'meetings'>, 'scan'>;
  agenda: Pick<RecordRepository<'agendaitems'>, 'scan'>;
  resolutions: Pick<RecordRepository<'resolutions'>, 'scan'>;
  queries: Pick<RecordRepository<'queries'>, 'scan'>;
  stakeholders: Pick<RecordRepository<'stakeholders'>, 'scan'>;
}

export class SearchReads {
  constructor(private readonly repositories: SearchedRepositories) {}

  async search(query: string, limitPerKind = 50): Promise<SearchHit[]> {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    const hits: SearchHit[] = [];
    const meetingTitles = new Map<string, string>();
    let meetings = 0;
    await this.repositories.meetings.scan((m) => {
      meetingTitles.set(m.id, `${m.title} (${m.startsAt.slice(0, 10)})`);
      const match = matchText(`${m.title} ${m.number ?? ''} ${m.venue} ${m.statusReason ?? ''}`, terms);
      if (match && meetings < limitPerKind) {
        meetings += 1;
        hits.push({
          kind: 'meeting',
          id: m.id,
          title: meetingTitles.get(m.id) ?? m.title,
          ...(m.number ? { reference: m.number } : {}),
          snippet: match.snippet,
          meetingId: m.id,
        });
      }
      return true;
    });
    let items = 0;
    await this.repositories.agenda.scan((item) => {
      const text = [item.title, item.reportReference, item.presenter, item.notes, richTextToPlain(item.discussion), item.decisionNote]
        .filter(Boolean)
        .join('\n');
      const match = matchText(text, terms);
      if (match) {
        items += 1;
        hits.push({
          kind: 'item',
          id: item.id,
          title: `${item.frozenNumber ? `${item.frozenNumber} ` : ''}${item.title} · ${meetingTitles.get(item.meetingId) ?? ''}`,
          ...(item.frozenNumber ? { reference: item.frozenNumber } : {}),
          snippet: match.snippet,
          meetingId: item.meetingId,
          itemId: item.id,
        });
      }
      return items < limitPerKind;
    });
    let resolutions = 0;
    await this.repositories.resolutions.scan((r) => {
      const match = matchText(`${r.number} ${r.title}\n${r.text ?? ''}`, terms);
      if (match) {
        resolutions += 1;
        hits.push({
          kind: 'resolution',
          id: r.id,
          title: `${r.number} ${r.title}`,
          reference: r.number,
          snippet: match.snippet,
          meetingId: r.meetingId,
          ...(r.agendaItemId ? { itemId: r.agendaItemId } : {}),
        });
      }
      return resolutions < limitPerKind;
    });
    let queries = 0;
    await this.repositories.queries.scan((q) => {
      const match = matchText(`${q.reference} ${q.subject}\n${q.description ?? ''}\n${q.outcome ?? ''}`, terms);
      if (match) {
        queries += 1;
        hits.push({ kind: 'query', id: q.id, title: `${q.reference} ${q.subject}`, reference: q.reference, snippet: match.snippet, meetingId: '' });
      }
      return queries < limitPerKind;
    });
    let stakeholders = 0;
    await this.repositories.stakeholders.scan((s) => {
      // A merged record lives on in the one it was merged into.
      if (s.mergedIntoId) return true;
      const match = matchText([s.name, s.email, s.phone, s.ward ? `ward ${s.ward}` : '', s.notes].filter(Boolean).join('\n'), terms);
      // A number finds its stakeholder however either was written ("072 000 0101", "+27 72 000 0101").
      const snippet = match?.snippet ?? (s.phone && phoneMatches(s.phone, query, s.phoneE164) ? s.phone : null);
      if (snippet !== null) {
        stakeholders += 1;
        hits.push({ kind: 'stakeholder', id: s.id, title: s.name, snippet, meetingId: '' });
      }
      return stakeholders < limitPerKind;
    });
    return hits;
  }
}
