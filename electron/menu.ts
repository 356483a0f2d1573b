/**
 * The application menu, as a template built from plain data so tests can read it. It follows
 * each platform's habits: on macOS About and Quit live in the app menu and File ends with
 * Close Window; on Windows and Linux, File ends with Quit and Help holds About. Commands that
 * belong to the renderer (New meeting, Export…, Back up…) are handed to `actions.command` and
 * pushed to the page; the rest (About, updates, logs) are the main process's own.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-contract';
import { MENU_ACCELERATORS } from '../shared/menu-accelerators';

export interface MenuActions {
  about(): void;
  checkForUpdates(): void;
  openLogsFolder(): void;
  /** A command for the renderer. */
  command(command: MenuCommand): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function fileMenu(isMac: boolean, actions: MenuActions): MenuItemConstructorOptions {
  const run = (command: MenuCommand) => () => actions.command(command);
  return {
    label: '&File',
    submenu: [
      { label: '&New meeting', accelerator: MENU_ACCELERATORS['new-meeting'], click: run('new-meeting') },
      { label: 'New &query', accelerator: MENU_ACCELERATORS['new-query'], click: run('new-query') },
      separator,
      { label: '&Export…', accelerator: MENU_ACCELERATORS.export, click: run('export') },
      separator,
      // No shortcuts: a restore replaces records, so it is never one keystroke away.
      { label: '&Back up…', click: run('backup') },
      { label: '&Restore…', click: run('restore') },
      separator,
      isMac ? { role: 'close' } : { role: 'quit', label: '&Quit', accelerator: 'Ctrl+Q' },
    ],
  };
}

function editMenu(isMac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? ([{ role: 'pasteAndMatchStyle' }] as const) : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(isDevelopment: boolean): MenuItemConstructorOptions {
  return {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // `CmdOrCtrl+Plus` needs Shift on most layouts; browsers also zoom in on Ctrl+=.
      // https://github.com/electron/electron/issues/1507
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(isDevelopment ? ([separator, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
    ],
  };
}

function helpMenu(isMac: boolean, appName: string, actions: MenuActions): MenuItemConstructorOptions {
  const run = (command: MenuCommand) => () => actions.command(command);
  const common: MenuItemConstructorOptions[] = [
    { label: '&Search and commands…', accelerator: MENU_ACCELERATORS.palette, click: run('palette') },
    // No accelerator: "?" bound here would be taken from every text field; the page handles it.
    { label: '&Keyboard shortcuts', click: run('shortcuts') },
    separator,
    { label: 'Open &logs folder', click: () => actions.openLogsFolder() },
  ];
  return {
    label: '&Help',
    role: 'help',
    submenu: isMac
      ? common
      : [
          { label: `&About ${appName}`, click: () => actions.about() },
          { label: 'Check for &updates…', click: () => actions.checkForUpdates() },
          separator,
          ...common,
        ],
  };
}

export function buildMenuTemplate(platform: NodeJS.Platform, appName: string, actions: MenuActions, isDevelopment: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { label: `About ${appName}`, click: () => actions.about() },
        { label: 'Check for Updates…', click: () => actions.checkForUpdates() },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push(fileMenu(isMac, actions), editMenu(isMac), viewMenu(isDevelopment), { role: 'windowMenu' }, helpMenu(isMac, appName, actions));
  return template;
}
