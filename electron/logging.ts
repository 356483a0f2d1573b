/**
 * Quorum's log file: main-process and renderer errors in `<user data>/logs/main.log`, written by
 * electron-log, which moves a full file aside to `main.old.log` (one generation) so the log never
 * grows without bound. Renderer errors arrive through the validated `log:renderer-error` channel,
 * not through electron-log's own IPC and preload, so every message still passes the one IPC
 * gate. A renderer stuck in an error loop cannot fill the disk: reports are rate-limited.
 */
import path from 'node:path';
import type { IpcMain } from 'electron';
import type { RendererErrorReport } from '../shared/ipc-contract';

export const LOG_FILE_NAME = 'main.log';
/** electron-log rotates the file when it passes this size. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;

export function logsFolder(userDataPath: string): string {
  return path.join(userDataPath, 'logs');
}

/** The parts of electron-log's file transport that Quorum sets. */
export interface FileTransportSettings {
  resolvePathFn: (...args: never[]) => string;
  maxSize: number;
  level: false | 'error' | 'warn' | 'info' | 'verbose' | 'debug' | 'silly';
}

export function configureLogFile(transport: FileTransportSettings, userDataPath: string): string {
  const filePath = path.join(logsFolder(userDataPath), LOG_FILE_NAME);
  // Always in the user data folder, on macOS too (not ~/Library/Logs), so IT finds it in one place.
  transport.resolvePathFn = () => filePath;
  transport.maxSize = LOG_MAX_BYTES;
  transport.level = 'info';
  return filePath;
}

/** The channel electron-log's main module listens on as soon as it is imported. */
export const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

/**
 * Removes electron-log's own IPC listeners, which accept any sender and any payload. Quorum's
 * page cannot reach them anyway (sandboxed, no ipcRenderer), but every message into the main
 * process should pass the one gate, so they are taken away.
 */
export function closeElectronLogIpc(ipcMain: Pick<IpcMain, 'removeAllListeners' | 'removeHandler'>): void {
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
}

export interface ErrorLog {
  warn(...params: unknown[]): void;
  error(...params: unknown[]): void;
}

export interface RendererErrorRecorderOptions {
  /** Reports accepted per window of `windowMs`; the rest are counted and summarised. */
  maxPerWindow: number;
  windowMs: number;
  now(): number;
}

/** Writes renderer error reports to the log, at most `maxPerWindow` per window of time. */
export function createRendererErrorRecorder(
  log: ErrorLog,
  options: RendererErrorRecorderOptions = { maxPerWindow: 30, windowMs: 60_000, now: Date.now },
): (report: RendererErrorReport) => void {
  let windowStart = options.now();
  let written = 0;
  let dropped = 0;
  return (report) => {
    const now = options.now();
    if (now - windowStart >= options.windowMs) {
      if (dropped > 0) log.warn(`[renderer] ${dropped} further error report(s) were not logged (too many in a minute)`);
      windowStart = now;
      written = 0;
      dropped = 0;
    }
    if (written >= options.maxPerWindow) {
      dropped += 1;
      return;
    }
    written += 1;
    const where = report.location ? ` at ${report.location}` : '';
    const kind = report.kind === 'error' ? 'Error' : 'Unhandled rejection';
    log.error(`[renderer] ${kind}${where}: ${report.message}${report.stack ? `\n${report.stack}` : ''}`);
  };
}
