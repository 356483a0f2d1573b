import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, upcomingMeetingsCalendar, utcStamp } from '../../../renderer/portal/src/ics';
import { agenda, meeting } from './fixtures';

const NOW = new Date('2026-12-04T10:00:00.000Z');

describe('the calendar feed (RFC 5545)', () => {
  const upcoming = meeting('OC 10/2026', '2026-12-11T08:00:00Z', {
    endsAt: '2026-12-11T11:00:00Z',
    title: 'Ordinary Council; budget, tariffs \\ roads <b>now</b>',
    venue: 'Council Chamber, Civic Centre — Ünit 3 '.repeat(4),
  });
  const publications = [
    agenda('oc-10-2026', upcoming, { version: 2 }),
    agenda('fin-4-2026', meeting('FIN 4/2026', '2026-12-18T07:00:00Z')),
    agenda('oc-9-2026', meeting('OC 9/2026', '2026-11-04T08:00:00Z')),
    agenda('sc-3-2026', null),
  ];
  const text = upcomingMeetingsCalendar(publications, {
    now: NOW,
    name: 'Mopane Ridge Local Municipality: meetings',
    uidDomain: 'portal.example.gov.za',
    meetingUrl: (key) => `https://portal.example.gov.za/#/meeting/${key}`,
  });

  it('lists only upcoming published meetings, and a calendar library reads them back exactly', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid)).toEqual(['meeting-oc-10-2026@portal.example.gov.za', 'meeting-fin-4-2026@portal.example.gov.za']);
    const [first] = events;
    expect(first?.summary).toBe(`Ordinary Council: ${upcoming.title}`);
    expect(first?.location).toBe(upcoming.venue);
    expect(first?.startDate.toJSDate().toISOString()).toBe('2026-12-11T08:00:00.000Z');
    expect(first?.endDate.toJSDate().toISOString()).toBe('2026-12-11T11:00:00.000Z');
    expect(first?.sequence).toBe(1);
    expect(first?.description).toContain('https://portal.example.gov.za/#/meeting/oc-10-2026');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('ends lines in CRLF and folds them at 75 octets without splitting a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('escapes text values and writes times in UTC', () => {
    expect(escapeText('a;b,c\\d\r\ne\u0007')).toBe('a\\;b\\,c\\\\d\\ne');
    expect(utcStamp('2026-12-11T10:00:00+02:00')).toBe('20261211T080000Z');
  });

  it('is a valid empty calendar when nothing is coming up', () => {
    const empty = upcomingMeetingsCalendar([], { now: NOW, name: 'x', uidDomain: 'x' });
    expect(new ICAL.Component(ICAL.parse(empty) as unknown[]).getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
