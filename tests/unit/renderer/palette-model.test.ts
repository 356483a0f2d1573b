import { describe, expect, it } from 'vitest';
import { DATABASE_SUFFIXES } from '../../../shared/couch/names';
import type { KnownAccount } from '../../../shared/couch/permissions';
import {
  groupRuns,
  hitDetail,
  offerCommands,
  oneLine,
  orderGroups,
  paletteCommands,
  paletteStatus,
  rankCommands,
  rankHits,
  type PaletteOption,
} from '../../../renderer/src/features/palette/palette-model';
import type { SearchHit } from '../../../renderer/src/features/search/search-reads';

const SECTIONS = [
  { path: '/dashboard', label: 'Dashboard' },
  { path: '/meetings', label: 'Meetings' },
  { path: '/queries', label: 'Queries' },
];
const SETTINGS = [{ id: 'appearance', label: 'Appearance' }];
const COMMANDS = paletteCommands(SECTIONS, SETTINGS);

const viewer: KnownAccount = { name: 'vusi', roles: ['viewer'] };
const operations: KnownAccount = { name: 'lerato', roles: ['operations'] };
const secretariat: KnownAccount = { name: 'thuli', roles: ['secretariat'] };

function refusals(account: KnownAccount | null): Record<string, string | null> {
  return Object.fromEntries(offerCommands(COMMANDS, account).map((c) => [c.id, c.refusal]));
}

function hit(kind: SearchHit['kind'], title: string, reference?: string): SearchHit {
  return { kind, id: title, title, snippet: title, meetingId: '', ...(reference ? { reference } : {}) };
}

describe('the command palette’s commands', () => {
  it('go to every page and every Settings tab, with the Alt+number of each page', () => {
    const go = COMMANDS.filter((c) => c.action.kind === 'go').map((c) => [c.label, c.shortcut ?? null]);
    expect(go).toEqual([
      ['Go to Dashboard', 'Alt+1'],
      ['Go to Meetings', 'Alt+2'],
      ['Go to Queries', 'Alt+3'],
      ['Settings: Appearance', null],
    ]);
  });

  it('show the menu’s keys, Cmd on a Mac', () => {
    expect(COMMANDS.find((c) => c.id === 'new-query')?.shortcut).toBe('Ctrl+Shift+N');
    expect(paletteCommands(SECTIONS, SETTINGS, true).find((c) => c.id === 'new-meeting')?.shortcut).toBe('Cmd+N');
  });

  it('refuse every command that writes to a viewer, with the reason, and leave reading ones', () => {
    const r = refusals(viewer);
    expect(r['new-query']).toMatch(/^Your account \(viewer\) may read .* but not change them/);
    expect(r['new-meeting']).toMatch(/viewer/);
    expect(r['restore']).toMatch(/viewer/);
    for (const id of ['export', 'sync-log', 'backup', 'shortcuts', 'go:/meetings', 'settings:appearance']) expect(r[id], id).toBeNull();
  });

  it('let operations log a query but not schedule a meeting; the secretariat both', () => {
    expect(refusals(operations)['new-query']).toBeNull();
    expect(refusals(operations)['new-meeting']).toMatch(/operations.*secretariat role/);
    expect(refusals(secretariat)['new-query']).toBeNull();
    expect(refusals(secretariat)['new-meeting']).toBeNull();
  });

  it('refuse nothing on a laptop with no server account', () => {
    expect(Object.values(refusals(null)).every((r) => r === null)).toBe(true);
  });

  it('restore counts as a write to every database', () => {
    expect(COMMANDS.find((c) => c.id === 'restore')?.writes).toEqual(DATABASE_SUFFIXES);
  });
});

describe('matching and ranking commands', () => {
  const labels = (query: string) => rankCommands(query, COMMANDS).map((r) => r.value.label);

  it('finds a command by its words in any order, ignoring case, and by its other words', () => {
    expect(labels('log a query')[0]).toBe('Log a query');
    expect(labels('QUERY log')).toContain('Log a query');
    expect(labels('register')).toEqual(['Export to Word…']);
    expect(labels('new meeting')).toEqual(['Schedule a meeting']);
    expect(labels('xyzzy')).toEqual([]);
  });

  it('puts the exact label first, then one that starts with what was typed, then one whose words start so', () => {
    const ranked = rankCommands('go to meetings', COMMANDS);
    expect(ranked[0]).toMatchObject({ value: { label: 'Go to Meetings' }, score: 0 });
    expect(
      rankCommands('go to', COMMANDS)
        .slice(0, 3)
        .map((r) => r.score),
    ).toEqual([1, 1, 1]);
    expect(rankCommands('appear', COMMANDS)[0]).toMatchObject({ value: { label: 'Settings: Appearance' }, score: 2 });
  });

  it('offers every command, in order, before anything is typed', () => {
    expect(rankCommands('  ', COMMANDS).map((r) => r.value.id)).toEqual(COMMANDS.map((c) => c.id));
  });
});

describe('ranking found records', () => {
  it('puts the exact number or reference first, however it was spaced or cased, then one that starts so, then title, then text', () => {
    const hits = [
      hit('item', 'Water tariffs (text mentions c802)'),
      hit('resolution', 'C 802/2026 Roads', 'C 802/2026'),
      hit('query', 'Q-2026-0001 Something else'),
      hit('item', 'C802 Adjustment budget', 'c 802'),
    ];
    const ranked = rankHits('C802', hits);
    expect(ranked.map((r) => [r.value.title, r.score])).toEqual([
      ['C802 Adjustment budget', 0],
      ['C 802/2026 Roads', 1],
      ['Water tariffs (text mentions c802)', 2],
      ['Q-2026-0001 Something else', 3],
    ]);
  });

  it('ranks a title with every word above a record that has them in its text only', () => {
    const ranked = rankHits('water leak', [hit('query', 'Q-1 Pothole', 'Q-1'), hit('query', 'Q-2 Water leak in Ward 4', 'Q-2')]);
    expect(ranked.map((r) => r.value.reference)).toEqual(['Q-2', 'Q-1']);
  });

  it('orders groups by their best result, keeping the given order on a tie, and drops empty ones', () => {
    expect(
      orderGroups([
        { key: 'meeting', scores: [3] },
        { key: 'resolution', scores: [] },
        { key: 'query', scores: [2, 3] },
        { key: 'command', scores: [3] },
      ]),
    ).toEqual(['query', 'meeting', 'command']);
  });
});

describe('hostile text on one line', () => {
  it('drops direction overrides and line breaks, and clips huge text', () => {
    expect(oneLine('abc\u202Edef\u2066g\nh')).toBe('abcdefg h');
    const huge = oneLine('x'.repeat(100_000));
    expect(huge).toHaveLength(200);
    expect(huge.endsWith('…')).toBe(true);
    expect(oneLine('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows under a record what its title does not already say', () => {
    expect(hitDetail('Q-1 Burst pipe', 'Q-1 Burst pipe Water running down\nthe street')).toBe('Water running down the street');
    expect(hitDetail('Q-1 Burst pipe', '…the street for two days')).toBe('…the street for two days');
    expect(hitDetail(`Zyx ${'W'.repeat(150)}`, `Zyx ${'W'.repeat(100)}…`)).toBe('');
  });
});

describe('the palette’s list and what it says', () => {
  const option = (id: string, group: string): PaletteOption => ({ id, group, label: id, kind: group, run: () => undefined });
  const options = [option('a', 'Queries'), option('b', 'Queries'), option('c', 'Commands'), option('d', 'Queries'), option('all', 'Search')];

  it('shows the options in runs of the same group, in order', () => {
    expect(groupRuns(options).map((run) => [run.group, run.items.map((o) => o.id)])).toEqual([
      ['Queries', ['a', 'b']],
      ['Commands', ['c']],
      ['Queries', ['d']],
      ['Search', ['all']],
    ]);
  });

  it('says it is searching, that the search failed, how many results (not counting the results page), or how many commands', () => {
    expect(paletteStatus({ typed: 'rates', searching: true }, options)).toBe('Searching…');
    expect(paletteStatus({ typed: 'rates', searching: false, error: 'offline' }, options)).toBe('The search failed: offline');
    expect(paletteStatus({ typed: 'rates', searching: false }, options)).toBe('4 results');
    expect(paletteStatus({ typed: 'rates', searching: false }, [option('a', 'Queries')])).toBe('1 result');
    expect(paletteStatus({ typed: '', searching: false }, options.slice(0, 3))).toBe('3 commands');
  });
});
