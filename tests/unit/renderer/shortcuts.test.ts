import { describe, expect, it } from 'vitest';
import {
  isPaletteKey,
  isSaveKey,
  isShortcutSheetKey,
  phraseShortcutIndex,
  sectionShortcutIndex,
  shortcutGroups,
  type KeyPress,
} from '../../../renderer/src/app/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });
const fakeElement = (tagName: string, type = '') => ({ tagName, type, isContentEditable: false, closest: () => null }) as unknown as EventTarget;

describe('keyboard shortcuts', () => {
  it('open the palette with Ctrl+K or Cmd+K only', () => {
    expect(isPaletteKey(press('k', { ctrlKey: true }))).toBe(true);
    expect(isPaletteKey(press('K', { metaKey: true }))).toBe(true);
    expect(isPaletteKey(press('k'))).toBe(false);
    expect(isPaletteKey(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('open the sheet with ? outside a text field only', () => {
    expect(isShortcutSheetKey(press('?', { shiftKey: true, target: fakeElement('BUTTON') }))).toBe(true);
    expect(isShortcutSheetKey(press('?', { shiftKey: true, target: fakeElement('INPUT', 'text') }))).toBe(false);
    expect(isShortcutSheetKey(press('?', { shiftKey: true, target: fakeElement('INPUT', 'checkbox') }))).toBe(true);
    expect(isShortcutSheetKey(press('?', { shiftKey: true, target: fakeElement('TEXTAREA') }))).toBe(false);
    expect(isShortcutSheetKey(press('/', { target: fakeElement('BODY') }))).toBe(false);
  });

  it('go to a section with Alt+number, by the key’s place even when Alt changes the character', () => {
    expect(sectionShortcutIndex(press('2', { altKey: true, code: 'Digit2' }))).toBe(1);
    expect(sectionShortcutIndex(press('™', { altKey: true, code: 'Digit2' }))).toBe(1);
    expect(sectionShortcutIndex(press('2', { code: 'Digit2' }))).toBeNull();
    expect(sectionShortcutIndex(press('9', { altKey: true, code: 'Digit9' }))).toBeNull();
  });

  it('save with Ctrl+Enter and insert phrases with Ctrl+Shift+digit', () => {
    expect(isSaveKey(press('Enter', { ctrlKey: true }))).toBe(true);
    expect(isSaveKey(press('Enter'))).toBe(false);
    expect(phraseShortcutIndex(press('!', { ctrlKey: true, shiftKey: true, code: 'Digit1' }))).toBe(0);
    expect(phraseShortcutIndex(press('1', { ctrlKey: true, code: 'Digit1' }))).toBeNull();
  });

  it('are all on the sheet, the menu keys for this platform', () => {
    const groups = shortcutGroups(false);
    const all = groups.flatMap((g) => g.shortcuts.map((s) => s.keys));
    for (const keys of ['Ctrl+K', '?', 'Alt+1', 'Alt+8', 'Ctrl+N', 'Ctrl+Shift+N', 'Ctrl+E', 'Ctrl+Enter', 'P', 'A', 'X', 'L', 'D'])
      expect(all).toContain(keys);
    expect(shortcutGroups(true).flatMap((g) => g.shortcuts.map((s) => s.keys))).toContain('Cmd+K');
    expect(groups.find((g) => g.title === 'Attendance register')?.shortcuts.find((s) => s.keys === 'P')?.does).toBe('Mark present');
  });
});
