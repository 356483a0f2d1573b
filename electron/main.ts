/**
 * Quorum's main process: the composition root. It only wires the concerns together; each one
 * lives in its own module (protocol, security, window and its remembered place, IPC, menu,
 * updates, logging) with its own tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import log from 'electron-log/main';
import { autoUpdater } from 'electron-updater';
import { PRODUCTION_CSP, serializeCsp } from '../shared/content-security-policy';
import type { MenuCommand } from '../shared/ipc-contract';
import { showAbout } from './about';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppAsset } from './app-protocol';
import { createCredentialStore } from './credentials-store';
import { registerAppInfoHandlers } from './ipc/app-info';
import { registerCredentialHandlers } from './ipc/credentials';
import { createEventSender } from './ipc/events';
import { registerFileHandlers } from './ipc/files';
import { createIpcGate } from './ipc/handle';
import { registerLogHandlers } from './ipc/logging';
import { registerUpdateHandlers } from './ipc/updates';
import { closeElectronLogIpc, configureLogFile, createRendererErrorRecorder, logsFolder } from './logging';
import { buildMenuTemplate } from './menu';
import { SavedFiles } from './saved-files';
import { createAppUrlPolicy, guardNavigation, hardenSession } from './security';
import { createUpdateService, updateSupport } from './updater';
import { mainWindowOptions, rendererEntryUrl } from './window';
import { parseWindowState, placeWindow, serializeWindowState, trackWindowState, WINDOW_STATE_FILE, type WindowState } from './window-state';
import { errorMessage } from '../shared/error-message';

const userData = app.getPath('userData');
configureLogFile(log.transports.file, userData);
closeElectronLogIpc(ipcMain);
// Uncaught main-process errors go to the log file instead of a crash dialog.
log.errorHandler.startCatching({ showDialog: false });

const mainLog = {
  info: (message: string) => log.info(message),
  warn: (message: string) => log.warn(message),
  error: (message: string, error?: unknown) => log.error(message, error),
};

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const logsDir = logsFolder(userData);
const windowStatePath = path.join(userData, WINDOW_STATE_FILE);
const entryUrl = rendererEntryUrl(process.env, APP_ENTRY_URL);
const isDevelopment = entryUrl !== APP_ENTRY_URL;
const isAppUrl = createAppUrlPolicy(isDevelopment ? entryUrl : undefined);

let mainWindow: BrowserWindow | null = null;

const send = createEventSender(() => mainWindow?.webContents ?? null);

autoUpdater.logger = log;
const updates = createUpdateService({
  updater: autoUpdater,
  unsupportedReason: updateSupport({ isPackaged: app.isPackaged, platform: process.platform, env: process.env }),
  publish: (state) => send('updates:state', state),
  log: mainLog,
  now: () => new Date(),
});

function readWindowState(): WindowState | null {
  try {
    return parseWindowState(readFileSync(windowStatePath, 'utf8'));
  } catch {
    return null;
  }
}

function writeWindowState(state: WindowState): void {
  // Written synchronously: the last save happens while the window closes and the app quits.
  try {
    mkdirSync(path.dirname(windowStatePath), { recursive: true });
    writeFileSync(windowStatePath, serializeWindowState(state));
  } catch (error) {
    mainLog.warn(`Window position not saved: ${errorMessage(error)}`);
  }
}

function createMainWindow(): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const placement = placeWindow(readWindowState(), workAreas);
  const window = new BrowserWindow(mainWindowOptions(preloadPath, placement));
  if (placement.maximized) window.maximize();
  if (placement.fullScreen) window.setFullScreen(true);
  trackWindowState(window, writeWindowState, {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(entryUrl);
  return window;
}

function showMainWindow(): BrowserWindow {
  mainWindow ??= createMainWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  return mainWindow;
}

async function openLogsFolder(): Promise<void> {
  await mkdir(logsDir, { recursive: true });
  const failure = await shell.openPath(logsDir);
  if (failure) mainLog.warn(`Logs folder not opened: ${failure}`);
}

function setupIpc(): void {
  const gate = createIpcGate(ipcMain, isAppUrl, mainLog);
  registerAppInfoHandlers(gate, {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    versions: { electron: process.versions.electron, chrome: process.versions.chrome },
  });
  registerFileHandlers(gate, {
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
    writeFile: (filePath, bytes) => writeFile(filePath, bytes),
    fileSize: async (filePath) => (await stat(filePath)).size,
    readFile: (filePath) => readFile(filePath),
    openPath: (filePath) => shell.openPath(filePath),
    showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
    defaultFolder: () => app.getPath('documents'),
    savedFiles: new SavedFiles(),
  });
  const vaultPath = path.join(userData, 'credentials.json');
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
  registerUpdateHandlers(gate, updates);
  registerLogHandlers(gate, createRendererErrorRecorder(log));
}

function setupMenu(): void {
  const template = buildMenuTemplate(
    process.platform,
    app.getName(),
    {
      about: () => {
        void showAbout({
          showMessageBox: (options) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
          facts: {
            name: app.getName(),
            version: app.getVersion(),
            electron: process.versions.electron,
            chrome: process.versions.chrome,
            logsFolder: logsDir,
          },
          updateState: () => updates.state(),
          checkForUpdates: () => void updates.check('manual'),
          openLogsFolder: () => void openLogsFolder(),
        });
      },
      checkForUpdates: () => {
        showMainWindow();
        void updates.check('manual');
      },
      openLogsFolder: () => void openLogsFolder(),
      command: (command: MenuCommand) => {
        showMainWindow();
        send('menu:command', command);
      },
    },
    isDevelopment,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function main(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // Every renderer is sandboxed, including any a future change might create.
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, isAppUrl, mainLog));
  app.on('render-process-gone', (_event, _contents, details) => mainLog.error(`The window's renderer stopped: ${details.reason}`));
  app.on('child-process-gone', (_event, details) => mainLog.warn(`A helper process stopped: ${details.type} (${details.reason})`));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });

  void app.whenReady().then(() => {
    mainLog.info(`Quorum ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform})`);
    const csp = serializeCsp(PRODUCTION_CSP);
    protocol.handle(APP_SCHEME, (request) => serveAppAsset(request.url, rendererDir, { readFile }, csp));
    hardenSession(session.defaultSession, isAppUrl, mainLog);
    setupIpc();
    setupMenu();
    mainWindow = createMainWindow();
    // Look for an update once the window is up; a failure is reported, never thrown.
    mainWindow.once('ready-to-show', () => setTimeout(() => void updates.check('automatic'), 5_000));
  });
}

main();
