import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { closeElectronLogIpc, configureLogFile, createRendererErrorRecorder, LOG_MAX_BYTES, logsFolder } from '../../../electron/logging';
import { registerLogHandlers } from '../../../electron/ipc/logging';

describe('the log file', () => {
  it('lives in the user data folder and rotates before it grows large', () => {
    const transport = { resolvePathFn: () => 'elsewhere.log', maxSize: 0, level: false as const };
    const file = configureLogFile(transport, '/home/thuli/.config/Quorum');
    expect(file).toBe(path.join('/home/thuli/.config/Quorum', 'logs', 'main.log'));
    expect(transport.resolvePathFn()).toBe(file);
    expect(transport.maxSize).toBe(LOG_MAX_BYTES);
    expect(transport.level).toBe('info');
    expect(logsFolder('/u')).toBe(path.join('/u', 'logs'));
  });
});

describe("electron-log's own IPC", () => {
  it('is closed, so every message into the main process passes the one gate', () => {
    const ipcMain = { removeAllListeners: vi.fn(), removeHandler: vi.fn() };
    closeElectronLogIpc(ipcMain);
    expect(ipcMain.removeAllListeners).toHaveBeenCalledWith('__ELECTRON_LOG__');
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('__ELECTRON_LOG__');
  });
});

describe('renderer errors', () => {
  it('are written with where they happened and their stack', () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const record = createRendererErrorRecorder(log);
    record({ kind: 'error', message: 'Cannot read properties of undefined', stack: 'TypeError\n  at MeetingPage', location: '#/meetings/7' });
    record({ kind: 'unhandled-rejection', message: 'QuotaExceededError' });
    expect(log.error).toHaveBeenNthCalledWith(1, '[renderer] Error at #/meetings/7: Cannot read properties of undefined\nTypeError\n  at MeetingPage');
    expect(log.error).toHaveBeenNthCalledWith(2, '[renderer] Unhandled rejection: QuotaExceededError');
  });

  it('cannot flood the disk: past the limit they are counted, then summarised', () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    let now = 0;
    const record = createRendererErrorRecorder(log, { maxPerWindow: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 10; i += 1) record({ kind: 'error', message: `loop ${i}` });
    expect(log.error).toHaveBeenCalledTimes(3);
    now = 61_000;
    record({ kind: 'error', message: 'after a minute' });
    expect(log.warn).toHaveBeenCalledWith('[renderer] 7 further error report(s) were not logged (too many in a minute)');
    expect(log.error).toHaveBeenCalledTimes(4);
  });

  it('arrive through the gated log:renderer-error channel', async () => {
    let registered: ((report: unknown) => unknown) | undefined;
    const gate = { handle: (channel: string, handler: (report: unknown) => unknown) => channel === 'log:renderer-error' && (registered = handler) };
    const record = vi.fn();
    registerLogHandlers(gate as never, record);
    await registered?.({ kind: 'error', message: 'x' });
    expect(record).toHaveBeenCalledWith({ kind: 'error', message: 'x' });
  });
});
