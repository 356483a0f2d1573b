/**
 * Quorum's main process: the composition root. It only wires the concerns together; each one
 * lives in its own module (protocol, security, window, IPC, menu) with its own tests.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { PRODUCTION_CSP, serializeCsp } from '../shared/content-security-policy';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppAsset } from './app-protocol';
import { createCredentialStore } from './credentials-store';
import { registerAppInfoHandlers } from './ipc/app-info';
import { registerCredentialHandlers } from './ipc/credentials';
import { registerFileHandlers } from './ipc/files';
import { createIpcGate } from './ipc/handle';
import { buildMenuTemplate } from './menu';
import { SavedFiles } from './saved-files';
import { createAppUrlPolicy, denyAllPermissions, guardNavigation } from './security';
import { mainWindowOptions, rendererEntryUrl } from './window';

const log = {
  warn: (message: string) => console.warn(`[quorum] ${message}`),
  error: (message: string, error?: unknown) => console.error(`[quorum] ${message}`, error),
};

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const entryUrl = rendererEntryUrl(process.env, APP_ENTRY_URL);
const isDevelopment = entryUrl !== APP_ENTRY_URL;
const isAppUrl = createAppUrlPolicy(isDevelopment ? entryUrl : undefined);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(entryUrl);
  return window;
}

function setupIpc(): void {
  const gate = createIpcGate(ipcMain, isAppUrl, log);
  registerAppInfoHandlers(gate, {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    versions: { electron: process.versions.electron, chrome: process.versions.chrome },
  });
  registerFileHandlers(gate, {
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    writeFile: (filePath, bytes) => writeFile(filePath, bytes),
    defaultFolder: () => app.getPath('documents'),
    savedFiles: new SavedFiles(),
  });
  const vaultPath = path.join(app.getPath('userData'), 'credentials.json');
  registerCredentialHandlers(
    gate,
    createCredentialStore(safeStorage, {
      read: () => readFile(vaultPath, 'utf8').catch(() => null),
      write: async (contents) => {
        await mkdir(path.dirname(vaultPath), { recursive: true });
        await writeFile(vaultPath, contents, { mode: 0o600 });
      },
    }),
  );
}

function setupMenu(): void {
  const template = buildMenuTemplate(
    process.platform,
    app.getName(),
    {
      about: () => {
        void dialog.showMessageBox({
          type: 'info',
          title: `About ${app.getName()}`,
          message: `${app.getName()} ${app.getVersion()}`,
          detail: 'Meetings, minutes, resolutions and stakeholder queries for a council secretariat.',
        });
      },
    },
    isDevelopment,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function main(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, isAppUrl, log));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });

  void app.whenReady().then(() => {
    const csp = serializeCsp(PRODUCTION_CSP);
    protocol.handle(APP_SCHEME, (request) => serveAppAsset(request.url, rendererDir, { readFile }, csp));
    denyAllPermissions(session.defaultSession, log);
    setupIpc();
    setupMenu();
    mainWindow = createMainWindow();
  });
}

main();
