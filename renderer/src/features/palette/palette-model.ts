/**
 * The command palette's rules, pure so they are unit-tested: which commands there are, which the
 * account may run (and why not), and how commands and found records are matched and ranked: an
 * exact number or reference first, then one that starts with what was typed, then a title with
 * every word, then a record whose text has them.
 */
import { DATABASE_SUFFIXES, type DatabaseSuffix } from '@shared/couch/names';
import { firstRefusal, type KnownAccount } from '@shared/couch/permissions';
import { acceleratorLabel, MENU_ACCELERATORS } from '@shared/menu-accelerators';
import { normaliseForSearch, searchTerms } from '@shared/domain/search';
import type { AppCommand } from '../../platform/use-menu-command';
import type { SearchHit } from '../search/search-reads';

export type PaletteAction = { kind: 'go'; path: string; state?: Record<string, unknown> } | { kind: 'command'; command: AppCommand } | { kind: 'shortcuts' };

export interface PaletteCommand {
  id: string;
  label: string;
  /** Other words that find the command. */
  keywords: string;
  /** The keys that run it without the palette, as a person reads them. */
  shortcut?: string;
  /** The records the command changes: an account that may not change them cannot run it. */
  writes: readonly DatabaseSuffix[];
  action: PaletteAction;
}

export interface OfferedCommand extends PaletteCommand {
  /** Why the account may not run it, or null. */
  refusal: string | null;
}

/** The commands of the menus and pages. `sections` are the navigation's pages, `settings` the tabs of Settings. */
export function paletteCommands(
  sections: readonly { path: string; label: string }[],
  settings: readonly { id: string; label: string }[],
  isMac = false,
): PaletteCommand[] {
  const menu = (accelerator: string) => acceleratorLabel(accelerator, isMac);
  return [
    {
      id: 'new-query',
      label: 'Log a query',
      keywords: 'new query complaint request question intake',
      shortcut: menu(MENU_ACCELERATORS['new-query']),
      writes: ['queries', 'stakeholders'],
      action: { kind: 'command', command: 'new-query' },
    },
    {
      id: 'new-meeting',
      label: 'Schedule a meeting',
      keywords: 'new meeting council committee',
      shortcut: menu(MENU_ACCELERATORS['new-meeting']),
      writes: ['meetings', 'agendaitems'],
      action: { kind: 'command', command: 'new-meeting' },
    },
    {
      id: 'export',
      label: 'Export to Word…',
      keywords: 'export resolution register quarterly report agenda minutes document docx print',
      shortcut: menu(MENU_ACCELERATORS.export),
      writes: [],
      action: { kind: 'command', command: 'export' },
    },
    {
      id: 'sync-log',
      label: 'Open the sync log',
      keywords: 'sync server status changes waiting refused',
      writes: [],
      action: { kind: 'command', command: 'sync-log' },
    },
    { id: 'backup', label: 'Back up this laptop…', keywords: 'backup save copy file', writes: [], action: { kind: 'command', command: 'backup' } },
    {
      id: 'restore',
      label: 'Restore from a backup…',
      keywords: 'restore backup file replace',
      writes: DATABASE_SUFFIXES,
      action: { kind: 'command', command: 'restore' },
    },
    { id: 'shortcuts', label: 'Keyboard shortcuts', keywords: 'keys help keyboard ?', shortcut: '?', writes: [], action: { kind: 'shortcuts' } },
    ...sections.map((section, index) => ({
      id: `go:${section.path}`,
      label: `Go to ${section.label}`,
      keywords: 'open page section',
      ...(index < 9 ? { shortcut: `Alt+${index + 1}` } : {}),
      writes: [],
      action: { kind: 'go', path: section.path } as const,
    })),
    ...settings.map((tab) => ({
      id: `settings:${tab.id}`,
      label: `Settings: ${tab.label}`,
      keywords: 'go to open preferences',
      writes: [],
      action: { kind: 'go', path: `/settings/${tab.id}` } as const,
    })),
  ];
}

/** Every command, each with the reason the account may not run it (null when it may). */
export function offerCommands(commands: readonly PaletteCommand[], account: KnownAccount | null): OfferedCommand[] {
  return commands.map((command) => ({ ...command, refusal: firstRefusal(account, command.writes) }));
}

/** A number or reference compared as typed, without case or spaces: "c802/2026" is C 802/2026. */
function compact(text: string): string {
  return normaliseForSearch(text).replace(/\s+/g, '');
}

/** Whether every term starts a word of `text` (normalised). */
function termsStartWords(text: string, terms: readonly string[]): boolean {
  const words = normaliseForSearch(text).split(/[^\p{L}\p{N}]+/u);
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

export interface Ranked<T> {
  value: T;
  /** 0 is best: exact number or label; 1 starts with it; 2 every word in the title; 3 in the text. */
  score: number;
}

/** The commands that have every word typed (in the label or their other words), best first; all of them, in order, for no words. */
export function rankCommands<T extends PaletteCommand>(query: string, commands: readonly T[]): Ranked<T>[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return commands.map((value) => ({ value, score: 3 }));
  const typed = compact(query);
  const ranked: Ranked<T>[] = [];
  for (const command of commands) {
    const label = normaliseForSearch(command.label);
    const all = `${label} ${normaliseForSearch(command.keywords)}`;
    if (!terms.every((term) => all.includes(term))) continue;
    const score =
      compact(command.label).replace(/…$/, '') === typed ? 0 : compact(command.label).startsWith(typed) ? 1 : termsStartWords(command.label, terms) ? 2 : 3;
    ranked.push({ value: command, score });
  }
  return stableSort(ranked);
}

/** Records found by the search, best first: exact number or reference, then one that starts so, then title, then text. */
export function rankHits(query: string, hits: readonly SearchHit[]): Ranked<SearchHit>[] {
  const typed = compact(query);
  const terms = searchTerms(query);
  if (!typed) return [];
  return stableSort(
    hits.map((hit) => {
      const reference = hit.reference ? compact(hit.reference) : '';
      const title = normaliseForSearch(hit.title);
      const score = reference && reference === typed ? 0 : reference && reference.startsWith(typed) ? 1 : terms.every((term) => title.includes(term)) ? 2 : 3;
      return { value: hit, score };
    }),
  );
}

function stableSort<T>(ranked: Ranked<T>[]): Ranked<T>[] {
  return ranked
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.score - b.entry.score || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Groups in the order of their best result; equal ones keep the given order. */
export function orderGroups<K extends string>(groups: readonly { key: K; scores: readonly number[] }[]): K[] {
  return groups
    .filter((group) => group.scores.length > 0)
    .map((group, index) => ({ key: group.key, best: Math.min(...group.scores), index }))
    .sort((a, b) => a.best - b.best || a.index - b.index)
    .map((group) => group.key);
}

/** The snippet under a found record's title, without the title repeated at its start. */
export function hitDetail(title: string, snippet: string): string {
  const line = oneLine(snippet, 1_000);
  const head = oneLine(title, 1_000);
  // A snippet cut inside a long title says nothing more than the title.
  if (head.startsWith(line.replace(/…$/, ''))) return '';
  const rest = line.startsWith(head) ? line.slice(head.length).trim() : line;
  return oneLine(rest, 160);
}

/** Text from a record for one line of the palette: no line breaks, no direction overrides, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  const flat = text
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A line of the palette's list: a command, a record found, or the way to the results page. */
export interface PaletteOption {
  id: string;
  group: string;
  label: string;
  /** The kind in words, shown with the option ("Query", "Command"). */
  kind: string;
  detail?: string;
  shortcut?: string;
  refusal?: string | null;
  run: () => void;
}

/** Options in runs of the same group, in order. */
export function groupRuns(options: readonly PaletteOption[]): { group: string; items: PaletteOption[] }[] {
  const runs: { group: string; items: PaletteOption[] }[] = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && last.group === option.group) last.items.push(option);
    else runs.push({ group: option.group, items: [option] });
  }
  return runs;
}

/** What the palette says under its field: searching, the search failed, how many results, or how many commands. */
export function paletteStatus(
  { typed, searching, error }: { typed: string; searching: boolean; error?: string | undefined },
  options: readonly PaletteOption[],
): string {
  const resultCount = options.filter((o) => o.group !== 'Search').length;
  return searching
    ? 'Searching…'
    : error
      ? `The search failed: ${error}`
      : typed
        ? `${resultCount} ${resultCount === 1 ? 'result' : 'results'}`
        : `${options.length} commands`;
}
