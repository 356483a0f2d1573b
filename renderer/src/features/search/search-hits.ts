/** How a search hit is named and where it opens: the results page and the command palette say the same. */
import type { SearchHit } from './search-reads';

export type SearchKind = SearchHit['kind'];

/** Each kind of record, in the order the results show them: one and several, in words. */
export const SEARCH_KINDS: readonly { kind: SearchKind; one: string; many: string }[] = [
  { kind: 'meeting', one: 'Meeting', many: 'Meetings' },
  { kind: 'item', one: 'Agenda item', many: 'Agenda items and minutes' },
  { kind: 'resolution', one: 'Resolution', many: 'Resolutions' },
  { kind: 'query', one: 'Query', many: 'Queries' },
  { kind: 'stakeholder', one: 'Stakeholder', many: 'Stakeholders' },
];

export function kindLabel(kind: SearchKind): { one: string; many: string } {
  return SEARCH_KINDS.find((k) => k.kind === kind)!;
}

/** The page that shows the record. */
export function searchHitPath(hit: SearchHit): string {
  switch (hit.kind) {
    case 'resolution':
      return `/resolutions/${hit.id}`;
    case 'item':
      return `/meetings/${hit.meetingId}/minutes?item=${hit.itemId ?? ''}`;
    case 'query':
      return `/queries/${hit.id}`;
    case 'stakeholder':
      return `/stakeholders/${hit.id}`;
    default:
      return `/meetings/${hit.meetingId}`;
  }
}
