/**
 * The renderer's side of the desktop features: the browser fallback's new members (file
 * chooser, no menu, no self-update), error forwarding to the log file, and what the update
 * notice says for each update state.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { RendererErrorReport, UpdateState } from '../../../shared/ipc-contract';
import { createBrowserPlatform } from '../../../renderer/src/platform/browser-platform';
import { startErrorReporting } from '../../../renderer/src/platform/error-reporting';
import { updateNotice } from '../../../renderer/src/platform/update-notice';

const storage = { getItem: () => null, setItem: vi.fn(), removeItem: vi.fn() };

describe('the browser fallback', () => {
  it('reads a file the person chooses, offering only the requested kinds', async () => {
    const chooseFile = vi.fn(() => Promise.resolve(new File([new Uint8Array([1, 2, 3])], 'Quorum backup.quorumbackup')));
    const platform = createBrowserPlatform({ version: '1', download: vi.fn(), sessionStorage: storage, chooseFile });
    const result = await platform.files.pick({ title: 'Choose', filters: [{ name: 'Quorum backup', extensions: ['quorumbackup', 'json'] }] });
    expect(chooseFile).toHaveBeenCalledWith('.quorumbackup,.json');
    expect(result).toEqual({ status: 'picked', fileName: 'Quorum backup.quorumbackup', bytes: new Uint8Array([1, 2, 3]) });
  });

  it('reports a cancelled choice, and refuses a file too large to read', async () => {
    const cancelled = createBrowserPlatform({ version: '1', download: vi.fn(), sessionStorage: storage, chooseFile: () => Promise.resolve(null) });
    await expect(cancelled.files.pick({ title: 'Choose', filters: [] })).resolves.toEqual({ status: 'cancelled' });
    const huge = { name: 'huge.quorumbackup', size: 300 * 1024 * 1024, arrayBuffer: vi.fn() } as unknown as File;
    const tooLarge = createBrowserPlatform({ version: '1', download: vi.fn(), sessionStorage: storage, chooseFile: () => Promise.resolve(huge) });
    await expect(tooLarge.files.pick({ title: 'Choose', filters: [] })).rejects.toThrow(/larger than 200 MB/);
  });

  it('has no menu, no self-update and no saved files to open', async () => {
    const platform = createBrowserPlatform({ version: '1', download: vi.fn(), sessionStorage: storage });
    const listener = vi.fn();
    platform.menu.onCommand(listener)();
    expect(listener).not.toHaveBeenCalled();
    await expect(platform.updates.state()).resolves.toMatchObject({ status: 'unsupported' });
    await expect(platform.updates.install()).resolves.toMatchObject({ status: 'unsupported' });
    await expect(platform.updates.setMeetingInSession(true)).resolves.toBeUndefined();
    await expect(platform.files.open('00000000-0000-4000-8000-000000000000')).rejects.toThrow(/Only the desktop app/);
    await expect(platform.files.showInFolder('x')).rejects.toThrow(/downloads/);
  });

  it('saves a backup as a download of its own type', async () => {
    const download = vi.fn();
    const platform = createBrowserPlatform({ version: '1', download, sessionStorage: storage });
    await platform.files.save({ suggestedName: 'Quorum backup 2026-11-26 1430.quorumbackup', bytes: new Uint8Array([123]), filters: [] });
    expect((download.mock.calls[0] as [string, Blob])[1].type).toBe('application/vnd.quorum.backup+json');
  });
});

describe('forwarding errors to the log file', () => {
  function setup() {
    const target = new EventEmitter();
    const reports: RendererErrorReport[] = [];
    const log = { rendererError: vi.fn((report: RendererErrorReport) => (reports.push(report), Promise.resolve())) };
    startErrorReporting({ addEventListener: (name: string, listener: (e: unknown) => void) => target.on(name, listener) } as never, log, () => '#/meetings/7');
    return { target, reports, log };
  }

  it('sends uncaught errors and unhandled rejections with where they happened', () => {
    const { target, reports } = setup();
    const error = new TypeError('Cannot read properties of undefined');
    target.emit('error', { error, message: error.message });
    target.emit('unhandledrejection', { reason: 'QuotaExceededError' });
    target.emit('error', { error: null, message: 'Script error.' });
    expect(reports).toEqual([
      { kind: 'error', message: 'TypeError: Cannot read properties of undefined', stack: error.stack, location: '#/meetings/7' },
      { kind: 'unhandled-rejection', message: 'QuotaExceededError', location: '#/meetings/7' },
      { kind: 'error', message: 'Script error.', location: '#/meetings/7' },
    ]);
  });

  it('never lets a failed report become another error', async () => {
    const target = new EventEmitter();
    const log = { rendererError: vi.fn(() => Promise.reject(new Error('IPC gone'))) };
    startErrorReporting({ addEventListener: (name: string, listener: (e: unknown) => void) => target.on(name, listener) } as never, log, () => '#/');
    target.emit('unhandledrejection', { reason: new Error('x') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.rendererError).toHaveBeenCalledTimes(1);
  });
});

describe('the update notice', () => {
  const at = '2026-11-26T12:30:00.000Z';
  it.each<[string, UpdateState, ReturnType<typeof updateNotice>]>([
    ['nothing in a browser', { status: 'unsupported', reason: 'web' }, null],
    ['nothing before a check', { status: 'idle' }, null],
    ['nothing for the check at start', { status: 'checking', origin: 'automatic' }, null],
    ['that it looks, when asked', { status: 'checking', origin: 'manual' }, { severity: 'info', text: 'Looking for updates…' }],
    ['nothing when up to date after the check at start', { status: 'up-to-date', origin: 'automatic', checkedAt: at }, null],
    ['up to date, when asked', { status: 'up-to-date', origin: 'manual', checkedAt: at }, { severity: 'success', text: 'Quorum is up to date.' }],
    [
      'download progress',
      { status: 'downloading', version: '0.2.0', percent: 42.7 },
      { severity: 'info', text: 'Downloading Quorum 0.2.0: 42%', progress: 42.7 },
    ],
    [
      'restart to update when no meeting is in session',
      { status: 'ready', version: '0.2.0', waitingForMeeting: false, installRequested: false },
      { severity: 'success', text: 'Quorum 0.2.0 is ready to install.', action: 'install' },
    ],
    [
      'a wait while a meeting is in session',
      { status: 'ready', version: '0.2.0', waitingForMeeting: true, installRequested: false },
      { severity: 'info', text: 'Quorum 0.2.0 is ready. It will not be installed while a meeting is in session.', action: 'install-later' },
    ],
    [
      'the restart promised for when the meeting closes',
      { status: 'ready', version: '0.2.0', waitingForMeeting: true, installRequested: true },
      { severity: 'info', text: 'Quorum will restart to install version 0.2.0 as soon as the meeting in session is closed.' },
    ],
    ['nothing when offline at start', { status: 'error', kind: 'feed-unreachable', message: 'unreachable', origin: 'automatic', at }, null],
    [
      'an unreachable feed, when asked',
      { status: 'error', kind: 'feed-unreachable', message: 'unreachable', origin: 'manual', at },
      { severity: 'warning', text: 'unreachable' },
    ],
    [
      'a bad signature, always',
      { status: 'error', kind: 'bad-signature', message: 'bad signature', origin: 'automatic', at },
      { severity: 'error', text: 'bad signature' },
    ],
  ])('shows %s', (_what, state, expected) => {
    expect(updateNotice(state)).toEqual(expected);
  });
});
