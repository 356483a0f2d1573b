import { describe, expect, it } from 'vitest';
import {
  agendaNumbers,
  AgendaNumberingError,
  compareItemNumbers,
  freezeNumbers,
  inAgendaOrder,
  moveBy,
  moveTo,
  placeLateItem,
  POSITION_GAP,
  type NumberedItem,
} from '../../../shared/domain/agenda-numbering';

/** Builds items from an outline: 'a', 'b', ['b1', 'b2'], 'c' → a=1, b=2, b1=2.1, b2=2.2, c=3. */
function outline(spec: (string | string[])[]): NumberedItem[] {
  const items: NumberedItem[] = [];
  let lastTop = '';
  let top = 0;
  for (const entry of spec) {
    if (Array.isArray(entry)) {
      entry.forEach((id, i) => items.push({ id, parentId: lastTop, position: (i + 1) * POSITION_GAP }));
    } else {
      top += 1;
      lastTop = entry;
      items.push({ id: entry, parentId: '', position: top * POSITION_GAP });
    }
  }
  return items;
}

function apply(items: NumberedItem[], changes: { id: string; parentId: string; position: number }[]): NumberedItem[] {
  return items.map((item) => {
    const change = changes.find((c) => c.id === item.id);
    return change ? { ...item, ...change } : item;
  });
}

const numbersOf = (items: NumberedItem[]) => Object.fromEntries(agendaNumbers(items));

describe('draft agenda numbering', () => {
  const items = outline(['opening', 'apologies', 'reports', ['r1', 'r2'], 'closure']);

  it('numbers items and sub-items by their place', () => {
    expect(numbersOf(items)).toEqual({ opening: '1', apologies: '2', reports: '3', r1: '3.1', r2: '3.2', closure: '4' });
  });

  it('lists items in reading order with depth', () => {
    expect(inAgendaOrder(items).map(({ item, depth }) => `${item.id}:${depth}`)).toEqual([
      'opening:0',
      'apologies:0',
      'reports:0',
      'r1:1',
      'r2:1',
      'closure:0',
    ]);
  });

  it('renumbers when an item moves up', () => {
    const moved = apply(items, moveBy(items, 'closure', 'up'));
    expect(numbersOf(moved)).toMatchObject({ reports: '4', r1: '4.1', r2: '4.2', closure: '3' });
  });

  it('renumbers sub-items when one moves down', () => {
    const moved = apply(items, moveBy(items, 'r1', 'down'));
    expect(numbersOf(moved)).toMatchObject({ r1: '3.2', r2: '3.1' });
  });

  it('indents an item under the one above it, and outdents it back', () => {
    const indented = apply(items, moveBy(items, 'apologies', 'indent'));
    expect(numbersOf(indented)).toMatchObject({ opening: '1', apologies: '1.1', reports: '2', r1: '2.1', closure: '3' });
    const back = apply(indented, moveBy(indented, 'apologies', 'outdent'));
    expect(numbersOf(back)).toEqual(numbersOf(items));
  });

  it('moves an item to any place by drag and drop', () => {
    const moved = apply(items, moveTo(items, 'closure', '', 0));
    expect(numbersOf(moved)).toMatchObject({ closure: '1', opening: '2', reports: '4', r2: '4.2' });
  });

  it('refuses moves that make no sense', () => {
    expect(() => moveBy(items, 'opening', 'up')).toThrow(AgendaNumberingError);
    expect(() => moveBy(items, 'closure', 'down')).toThrow(AgendaNumberingError);
    expect(() => moveBy(items, 'opening', 'indent')).toThrow(/no item above/);
    expect(() => moveBy(items, 'opening', 'outdent')).toThrow(/already a main item/);
    expect(() => moveBy(items, 'r2', 'indent')).toThrow(/one level deep/);
    expect(() => moveTo(items, 'reports', 'r1', 0)).toThrow(/under itself/);
  });

  it('changes only the items whose place changes', () => {
    expect(
      moveBy(items, 'r1', 'down')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['r1', 'r2']);
  });
});

describe('frozen numbers after the notice is issued', () => {
  const draft = outline(['opening', 'reports', ['r1', 'r2'], 'urgent', 'closure']);
  const frozenMap = freezeNumbers(draft);
  const frozen = draft.map((item) => ({ ...item, frozenNumber: frozenMap.get(item.id) }));

  it('freezes the numbers as printed', () => {
    expect(numbersOf(frozen)).toEqual({ opening: '1', reports: '2', r1: '2.1', r2: '2.2', urgent: '3', closure: '4' });
  });

  it('refuses to move a frozen item', () => {
    expect(() => moveBy(frozen, 'closure', 'up')).toThrow(/frozen/);
  });

  it('gives a late item a letter after the item it follows, and shifts nothing', () => {
    const late = placeLateItem(frozen, { after: 'r1' });
    expect(late.frozenNumber).toBe('2.1A');
    expect(late.parentId).toBe('reports');
    const withLate = [...frozen, { id: 'late', parentId: late.parentId, position: late.position, frozenNumber: late.frozenNumber }];
    expect(numbersOf(withLate)).toMatchObject({ r1: '2.1', late: '2.1A', r2: '2.2', closure: '4' });
    expect(inAgendaOrder(withLate).map((e) => e.item.id)).toEqual(['opening', 'reports', 'r1', 'late', 'r2', 'urgent', 'closure']);

    const second = placeLateItem(withLate, { after: 'r1' });
    expect(second.frozenNumber).toBe('2.1B');
    const withTwo = [...withLate, { id: 'late2', parentId: second.parentId, position: second.position, frozenNumber: second.frozenNumber }];
    expect(inAgendaOrder(withTwo).map((e) => e.item.id)).toEqual(['opening', 'reports', 'r1', 'late', 'late2', 'r2', 'urgent', 'closure']);
  });

  it('letters a late main item too (after 2 comes 2A)', () => {
    expect(placeLateItem(frozen, { after: 'reports' }).frozenNumber).toBe('2A');
    expect(placeLateItem(frozen, { after: 'closure' }).frozenNumber).toBe('4A');
  });

  it('numbers a late item under Urgent matters after its last sub-item', () => {
    const first = placeLateItem(frozen, { under: 'urgent' });
    expect(first.frozenNumber).toBe('3.1');
    const withFirst = [...frozen, { id: 'u1', parentId: 'urgent', position: first.position, frozenNumber: first.frozenNumber }];
    expect(placeLateItem(withFirst, { under: 'urgent' }).frozenNumber).toBe('3.2');
  });

  it('makes room when two positions touch, without changing any number', () => {
    const tight: NumberedItem[] = [
      { id: 'a', parentId: '', position: 1, frozenNumber: '1' },
      { id: 'b', parentId: '', position: 2, frozenNumber: '2' },
    ];
    const late = placeLateItem(tight, { after: 'a' });
    expect(late.respace.length).toBeGreaterThan(0);
    const next = [...apply(tight, late.respace), { id: 'l', parentId: '', position: late.position, frozenNumber: late.frozenNumber }];
    expect(inAgendaOrder(next).map((e) => e.item.id)).toEqual(['a', 'l', 'b']);
    expect(numbersOf(next)).toEqual({ a: '1', l: '1A', b: '2' });
  });
});

describe('ordering printed numbers', () => {
  it('sorts as people read them', () => {
    const sorted = ['10', '7.10', '7.2A', '2', '7.1', '7', '7.2', '7.2B'].sort(compareItemNumbers);
    expect(sorted).toEqual(['2', '7', '7.1', '7.2', '7.2A', '7.2B', '7.10', '10']);
  });
});
