import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/menu';

function fakeActions() {
  return {
    about: vi.fn<() => void>(),
    checkForUpdates: vi.fn<() => void>(),
    openLogsFolder: vi.fn<() => void>(),
    command: vi.fn<MenuActions['command']>(),
  } satisfies MenuActions;
}

function labels(template: MenuItemConstructorOptions[]): string[] {
  return template.map((item) => item.label ?? item.role ?? '');
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu) throw new Error(`no menu ${label}`);
  return menu.submenu as MenuItemConstructorOptions[];
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item ${label} in ${items.map((i) => i.label ?? i.role).join(', ')}`);
  return found;
}

function click(menuItem: MenuItemConstructorOptions): void {
  (menuItem.click as () => void)();
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(labels(buildMenuTemplate(platform, 'Quorum', fakeActions(), false))).toEqual(['&File', '&Edit', '&View', 'windowMenu', '&Help']);
    }
  });

  it('puts the app menu first on macOS, with About and Check for Updates', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate('darwin', 'Quorum', actions, false);
    expect(labels(template)).toEqual(['Quorum', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    const appMenu = template[0]!.submenu as MenuItemConstructorOptions[];
    click(item(appMenu, 'About Quorum'));
    click(item(appMenu, 'Check for Updates…'));
    expect(actions.about).toHaveBeenCalled();
    expect(actions.checkForUpdates).toHaveBeenCalled();
    expect(appMenu.at(-1)?.role).toBe('quit');
  });

  it('sends the File commands to the renderer, with the usual shortcuts', () => {
    const actions = fakeActions();
    const file = submenu(buildMenuTemplate('win32', 'Quorum', actions, false), '&File');
    const expected = [
      ['&New meeting', 'new-meeting', 'CmdOrCtrl+N'],
      ['New &query', 'new-query', 'CmdOrCtrl+Shift+N'],
      ['&Export…', 'export', 'CmdOrCtrl+E'],
      ['&Back up…', 'backup', undefined],
      ['&Restore…', 'restore', undefined],
    ] as const;
    for (const [label, command, accelerator] of expected) {
      const entry = item(file, label);
      expect(entry.accelerator).toBe(accelerator);
      click(entry);
      expect(actions.command).toHaveBeenLastCalledWith(command);
    }
    expect(actions.command).toHaveBeenCalledTimes(5);
  });

  it('ends File with Quit (Ctrl+Q) on Windows and Linux, and with Close Window on macOS', () => {
    const win = submenu(buildMenuTemplate('win32', 'Quorum', fakeActions(), false), '&File');
    expect(win.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    const mac = submenu(buildMenuTemplate('darwin', 'Quorum', fakeActions(), false), '&File');
    expect(mac.at(-1)).toMatchObject({ role: 'close' });
    expect(mac.some((i) => i.role === 'quit')).toBe(false);
  });

  it('offers the standard editing roles', () => {
    const roles = (platform: NodeJS.Platform) =>
      submenu(buildMenuTemplate(platform, 'Quorum', fakeActions(), false), '&Edit')
        .map((i) => i.role)
        .filter(Boolean);
    expect(roles('linux')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(roles('darwin')).toContain('pasteAndMatchStyle');
  });

  it('zooms with Ctrl+0, Ctrl+Plus, Ctrl+= and Ctrl+-', () => {
    const view = submenu(buildMenuTemplate('linux', 'Quorum', fakeActions(), false), '&View');
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view.find((i) => i.accelerator === 'CmdOrCtrl+=')).toMatchObject({ role: 'zoomIn', visible: false, acceleratorWorksWhenHidden: true });
  });

  it('offers developer tools only in development', () => {
    const view = (dev: boolean) => submenu(buildMenuTemplate('linux', 'Quorum', fakeActions(), dev), '&View').map((i) => i.role);
    expect(view(false)).not.toContain('toggleDevTools');
    expect(view(true)).toContain('toggleDevTools');
  });

  it('has About, Check for updates and Open logs folder under Help on Windows and Linux', () => {
    const actions = fakeActions();
    const help = submenu(buildMenuTemplate('linux', 'Quorum', actions, false), '&Help');
    click(item(help, '&About Quorum'));
    click(item(help, 'Check for &updates…'));
    click(item(help, 'Open &logs folder'));
    expect(actions.about).toHaveBeenCalledTimes(1);
    expect(actions.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(actions.openLogsFolder).toHaveBeenCalledTimes(1);
  });

  it('keeps Open logs folder in Help on macOS', () => {
    const actions = fakeActions();
    const help = submenu(buildMenuTemplate('darwin', 'Quorum', actions, false), '&Help');
    click(item(help, 'Open &logs folder'));
    expect(actions.openLogsFolder).toHaveBeenCalled();
  });

  it('opens the command palette (Ctrl+K) and the keyboard shortcuts from Help, on every platform', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const actions = fakeActions();
      const help = submenu(buildMenuTemplate(platform, 'Quorum', actions, false), '&Help');
      const palette = item(help, '&Search and commands…');
      expect(palette.accelerator).toBe('CmdOrCtrl+K');
      click(palette);
      const sheet = item(help, '&Keyboard shortcuts');
      // "?" is typed in text fields: it is never a menu accelerator.
      expect(sheet.accelerator).toBeUndefined();
      click(sheet);
      expect(actions.command.mock.calls).toEqual([['palette'], ['shortcuts']]);
    }
  });
});
