/**
 * Every keyboard shortcut Quorum has, in one module: the key handlers ask it whether a key press
 * is theirs, and the shortcut sheet (`?`) lists the same table, so the sheet cannot go stale. The
 * desktop menu's keys come from shared/menu-accelerators, which the Electron menu binds.
 */
import { ATTENDANCE_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { acceleratorLabel, MENU_ACCELERATORS } from '@shared/menu-accelerators';
import { STATUS_KEYS } from '../features/attendance/register-model';
import { SECTIONS } from './navigation';

/** The few key facts the matchers need (a DOM KeyboardEvent or React's both have them). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target?: EventTarget | null;
}

export function isMacLike(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** Ctrl on Windows and Linux, Cmd on a Mac: both are accepted everywhere. */
function command(event: KeyPress): boolean {
  return event.ctrlKey || event.metaKey;
}

/** Where typing goes to text: a `?` there is a question mark, not the shortcut sheet. */
export function isTextEntry(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
}

/** Ctrl+K (Cmd+K): the command palette. */
export function isPaletteKey(event: KeyPress): boolean {
  return command(event) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** `?` outside a text field: the shortcut sheet. */
export function isShortcutSheetKey(event: KeyPress): boolean {
  return event.key === '?' && !command(event) && !event.altKey && !isTextEntry(event.target);
}

/** Alt+1…Alt+9: the index of the section to go to, or null. */
export function sectionShortcutIndex(event: KeyPress): number | null {
  if (!event.altKey || command(event)) return null;
  const digit = /^Digit([1-9])$/.exec(event.code ?? '')?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : undefined);
  if (!digit) return null;
  const index = Number(digit) - 1;
  return index < SECTIONS.length ? index : null;
}

/** Ctrl+Enter in a form: save it. */
export function isSaveKey(event: KeyPress): boolean {
  return event.key === 'Enter' && command(event) && !event.altKey;
}

/** Ctrl+Shift+1…9 in the resolution text: the index of the phrase to insert, or null. */
export function phraseShortcutIndex(event: KeyPress): number | null {
  const digit = /^Digit([1-9])$/.exec(event.code ?? '')?.[1];
  if (!digit || !command(event) || !event.shiftKey || event.altKey) return null;
  return Number(digit) - 1;
}

export interface Shortcut {
  /** The keys as a person reads them: `Ctrl+K`, `Alt+2`, `P`. */
  keys: string;
  /** What the keys do. */
  does: string;
}

export interface ShortcutGroup {
  title: string;
  /** Where the keys work, when not everywhere. */
  where?: string;
  shortcuts: Shortcut[];
}

/** The shortcut sheet's table, built from the same definitions the handlers use. */
export function shortcutGroups(isMac = isMacLike()): ShortcutGroup[] {
  const mod = isMac ? 'Cmd' : 'Ctrl';
  const menu = (accelerator: string) => acceleratorLabel(accelerator, isMac);
  return [
    {
      title: 'Anywhere',
      shortcuts: [
        { keys: menu(MENU_ACCELERATORS.palette), does: 'Search and commands: find any record, run any command' },
        { keys: '?', does: 'Show these keyboard shortcuts (outside a text field)' },
        { keys: 'Tab (first press)', does: 'Skip to main content' },
        { keys: 'Escape', does: 'Close a dialog or menu' },
      ],
    },
    {
      title: 'Go to a page',
      shortcuts: SECTIONS.slice(0, 9).map((section, index) => ({ keys: `Alt+${index + 1}`, does: `Go to ${section.label}` })),
    },
    {
      title: 'Menu commands',
      where: 'In the desktop app',
      shortcuts: [
        { keys: menu(MENU_ACCELERATORS['new-meeting']), does: 'Schedule a meeting' },
        { keys: menu(MENU_ACCELERATORS['new-query']), does: 'Log a query' },
        { keys: menu(MENU_ACCELERATORS.export), does: 'Export to Word' },
      ],
    },
    {
      title: 'Forms',
      shortcuts: [
        { keys: `${mod}+Enter`, does: 'Save the query being logged, or add the timeline entry being written' },
        { keys: `${mod}+Shift+1 … 9`, does: 'Insert phrase 1 to 9 of the phrase library into the resolution text' },
      ],
    },
    {
      title: 'Attendance register',
      where: 'On a member’s row, while the meeting is open',
      shortcuts: [
        { keys: 'Arrow up, Arrow down', does: 'Previous or next member' },
        { keys: 'Home, End', does: 'First or last member' },
        { keys: 'Arrow down or Enter', does: 'From “Find a member”, to the first member found' },
        ...Object.entries(STATUS_KEYS).map(([key, status]) => ({ keys: key.toUpperCase(), does: `Mark ${ATTENDANCE_STATUS_LABELS[status].toLowerCase()}` })),
        { keys: 'Delete, Backspace', does: 'Clear the member’s attendance' },
      ],
    },
  ];
}
