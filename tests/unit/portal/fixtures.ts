import type { Publication, PublicMeeting, PublicResolution } from '../../../shared/publishing/publication';

export function meeting(reference: string, startsAt: string, extra: Partial<PublicMeeting> = {}): PublicMeeting {
  const [bodyCode = 'OC'] = reference.split(' ');
  return {
    reference,
    title: `${bodyCode} meeting`,
    bodyCode,
    bodyName: bodyCode === 'OC' ? 'Ordinary Council' : 'Finance Committee',
    kindLabel: 'Ordinary meeting',
    startsAt,
    venue: 'Council Chamber',
    ...extra,
  };
}

export function agenda(key: string, m: PublicMeeting | null, extra: Partial<Publication> = {}): Publication {
  return {
    _id: `agenda:${key}`,
    type: 'publication',
    kind: 'agenda',
    state: m ? 'published' : 'withdrawn',
    version: 1,
    firstPublishedAt: '2026-11-01T08:00:00.000Z',
    publishedAt: '2026-11-01T08:00:00.000Z',
    publishedBy: 'Thuli Mokoena',
    ...(m ? { content: { kind: 'agenda', meeting: m, items: [] } } : { withdrawal: { at: '2026-11-02T08:00:00.000Z', reason: 'Postponed' } }),
    ...extra,
  };
}

export function resolution(number: string, extra: Partial<PublicResolution> = {}): PublicResolution {
  return {
    number,
    title: `Resolution ${number}`,
    text: [{ kind: 'paragraph', text: 'That the report be noted.' }],
    meetingReference: 'OC 9/2026',
    bodyCode: 'OC',
    bodyName: 'Ordinary Council',
    adoptedOn: '2026-10-15',
    outcome: 'Carried',
    status: 'Not started',
    ...extra,
  };
}

export function register(code: string, resolutions: PublicResolution[], extra: Partial<Publication> = {}): Publication {
  return {
    _id: `register:${code}`,
    type: 'publication',
    kind: 'register',
    state: 'published',
    version: 1,
    firstPublishedAt: '2026-11-01T08:00:00.000Z',
    publishedAt: '2026-11-01T08:00:00.000Z',
    publishedBy: 'Thuli Mokoena',
    content: { kind: 'register', resolutions },
    ...extra,
  };
}
