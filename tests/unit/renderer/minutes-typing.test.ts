/**
 * Typing in the minutes saves the item on every key; the item's panel renders again only when
 * something it shows changed (renderer/src/features/minutes/typing.ts).
 */
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Meeting } from '../../../shared/schemas';
import { sameApartFromTyping, sameMinutesPanel } from '../../../renderer/src/features/minutes/typing';

const item = {
  id: 'i1',
  title: 'Budget',
  decision: 'none',
  discussion: [{ kind: 'paragraph', runs: [{ text: 'First words' }] }],
  decisionNote: '',
  declarations: [{ memberId: 'm1', nature: 'Owns shares' }],
  updatedAt: '2026-12-02T09:00:00.000Z',
  updatedBy: 'Secretary',
} as unknown as AgendaItem;
const typed = {
  ...item,
  discussion: [{ kind: 'paragraph', runs: [{ text: 'First words and more' }] }],
  decisionNote: 'Noted',
  updatedAt: '2026-12-02T09:00:01.000Z',
} as AgendaItem;
const meeting = (status: Meeting['status']) => ({ id: 'm', status }) as Meeting;

describe('what typing in the minutes changes', () => {
  it('an item that differs only in its typed text and stamp is the same to the rest of the panel', () => {
    expect(sameApartFromTyping(item, typed)).toBe(true);
  });

  it('any other change counts, however deep', () => {
    expect(sameApartFromTyping(item, { ...typed, decision: 'noted' })).toBe(false);
    expect(sameApartFromTyping(item, { ...item, declarations: [{ memberId: 'm1', nature: 'Owns land' }] } as unknown as AgendaItem)).toBe(false);
    expect(sameApartFromTyping(item, { ...item, hasConflict: true })).toBe(false);
  });

  it('the panel skips a render for typing while the minutes are editable', () => {
    const inSession = meeting('in_session');
    const props = { item, meeting: inSession, number: '1' };
    expect(sameMinutesPanel(props, { ...props, item: typed })).toBe(true);
    expect(sameMinutesPanel(props, { ...props, number: '2', item: typed })).toBe(false);
  });

  it('read-only minutes show the text itself, so a changed discussion renders again', () => {
    const confirmed = meeting('minutes_confirmed');
    const props = { item, meeting: confirmed };
    expect(sameMinutesPanel(props, { ...props, item: typed })).toBe(false);
    expect(sameMinutesPanel(props, { ...props })).toBe(true);
  });
});
