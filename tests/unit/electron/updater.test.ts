import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { UpdateState } from '../../../shared/ipc-contract';
import { classifyUpdateError, createUpdateService, describeUpdateState, updateSupport } from '../../../electron/updater';

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  checkForUpdates = vi.fn((): Promise<unknown> => Promise.resolve({}));
  quitAndInstall = vi.fn();
}

function setup(unsupportedReason: string | null = null) {
  const updater = new FakeUpdater();
  const published: UpdateState[] = [];
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const service = createUpdateService({
    updater: updater as never,
    unsupportedReason,
    publish: (state) => published.push(state),
    log,
    now: () => new Date('2026-11-26T12:30:00Z'),
  });
  return { updater, published, log, service };
}

function downloadVersion(updater: FakeUpdater, version = '0.2.0'): void {
  updater.emit('checking-for-update');
  updater.emit('update-available', { version });
  updater.emit('download-progress', { percent: 42.5, total: 100, transferred: 42, delta: 1, bytesPerSecond: 10 });
  updater.emit('update-downloaded', { version, downloadedFile: '/tmp/q.exe' });
}

describe('updates', () => {
  it('downloads in the background and installs nothing when it quits until told no meeting is in session', () => {
    const { updater } = setup();
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('forwards checking, progress and readiness to the renderer', async () => {
    const { updater, published, service } = setup();
    service.setMeetingInSession(false);
    await service.check('manual');
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    downloadVersion(updater);
    expect(published).toEqual([
      { status: 'checking', origin: 'manual' },
      { status: 'downloading', version: '0.2.0', percent: 0 },
      { status: 'downloading', version: '0.2.0', percent: 42.5 },
      { status: 'ready', version: '0.2.0', waitingForMeeting: false, installRequested: false },
    ]);
  });

  it('reports progress in whole percents only', () => {
    const { updater, published } = setup();
    updater.emit('update-available', { version: '0.2.0' });
    for (const percent of [10.1, 10.5, 10.9, 11.2]) updater.emit('download-progress', { percent });
    expect(published.map((s) => (s.status === 'downloading' ? Math.floor(s.percent) : s.status))).toEqual([0, 10, 11]);
  });

  it('says when Quorum is up to date, with the time of the check', async () => {
    const { updater, service } = setup();
    updater.checkForUpdates.mockImplementation(() => {
      updater.emit('update-not-available', { version: '0.1.0' });
      return Promise.resolve({});
    });
    expect(await service.check('automatic')).toEqual({ status: 'up-to-date', origin: 'automatic', checkedAt: '2026-11-26T12:30:00.000Z' });
  });

  it('restarts into the update at once when no meeting is in session', () => {
    const { updater, service } = setup();
    service.setMeetingInSession(false);
    downloadVersion(updater);
    service.requestInstall();
    expect(updater.quitAndInstall).toHaveBeenCalledWith(false, true);
  });

  it('never installs while a meeting is in session, and installs once the meeting closes', () => {
    const { updater, published, service } = setup();
    service.setMeetingInSession(true);
    downloadVersion(updater);
    expect(published.at(-1)).toEqual({ status: 'ready', version: '0.2.0', waitingForMeeting: true, installRequested: false });

    expect(service.requestInstall()).toMatchObject({ status: 'ready', waitingForMeeting: true, installRequested: true });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(updater.autoInstallOnAppQuit).toBe(false);

    service.setMeetingInSession(true);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();

    service.setMeetingInSession(false);
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('assumes a meeting may be in session until the renderer reports', () => {
    const { updater, service } = setup();
    downloadVersion(updater);
    service.requestInstall();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('does not install when the person has not asked, even after the meeting closes', () => {
    const { updater, published, service } = setup();
    service.setMeetingInSession(true);
    downloadVersion(updater);
    service.setMeetingInSession(false);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    expect(published.at(-1)).toMatchObject({ status: 'ready', waitingForMeeting: false });
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('reports an unreachable feed without throwing, and the app keeps going', async () => {
    const { updater, published, service, log } = setup();
    updater.checkForUpdates.mockImplementation(() => {
      const error = Object.assign(new Error('getaddrinfo ENOTFOUND updates.mopane.gov.za'), { code: 'ENOTFOUND' });
      updater.emit('error', error);
      return Promise.reject(error);
    });
    const state = await service.check('automatic');
    expect(state).toMatchObject({ status: 'error', kind: 'feed-unreachable', origin: 'automatic', at: '2026-11-26T12:30:00.000Z' });
    expect(published.filter((s) => s.status === 'error')).toHaveLength(1);
    expect(log.error).toHaveBeenCalled();
    expect(describeUpdateState(state)).toMatch(/^The update feed is unreachable\. .* \(26 Nov 2026, 14:30\)$/);
  });

  it('reports a bad signature as such', () => {
    const { updater, published } = setup();
    updater.emit('update-available', { version: '0.2.0' });
    updater.emit('error', new Error('New version 0.2.0 is not signed by the application owner: publisherNames: Mopane Ridge LM'));
    expect(published.at(-1)).toMatchObject({ status: 'error', kind: 'bad-signature' });
    expect(published.at(-1)).toHaveProperty('message', expect.stringMatching(/signature check/));
  });

  it('survives a failing install and a window that is gone', () => {
    const { updater, service, log } = setup();
    const throwing = setup();
    throwing.service.setMeetingInSession(false);
    downloadVersion(throwing.updater);
    throwing.updater.quitAndInstall.mockImplementation(() => {
      throw new Error('installer missing');
    });
    expect(() => throwing.service.requestInstall()).not.toThrow();
    expect(throwing.service.state()).toMatchObject({ status: 'error', kind: 'failed' });

    const broken = createUpdateService({
      updater: updater as never,
      unsupportedReason: null,
      publish: () => {
        throw new Error('Object has been destroyed');
      },
      log,
      now: () => new Date(),
    });
    expect(() => updater.emit('update-available', { version: '9.9.9' })).not.toThrow();
    expect(broken.state()).toMatchObject({ status: 'downloading', version: '9.9.9' });
    expect(service.state().status).toBe('downloading');
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('not delivered'));
  });

  it('stays out of the way where the copy cannot update itself', async () => {
    const { updater, service } = setup('This copy of Quorum runs from its source folder; only installed copies update themselves.');
    expect(await service.check('manual')).toMatchObject({ status: 'unsupported' });
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    expect(updater.listenerCount('error')).toBe(0);
  });

  it('does not download again while an update is ready', async () => {
    const { updater, service } = setup();
    downloadVersion(updater);
    await service.check('manual');
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
  });
});

describe('which copies update themselves', () => {
  it('only installed copies, and on Linux only the AppImage', () => {
    expect(updateSupport({ isPackaged: false, platform: 'win32', env: {} })).toMatch(/source folder/);
    expect(updateSupport({ isPackaged: true, platform: 'win32', env: {} })).toBeNull();
    expect(updateSupport({ isPackaged: true, platform: 'darwin', env: {} })).toBeNull();
    expect(updateSupport({ isPackaged: true, platform: 'linux', env: { APPIMAGE: '/home/t/Quorum.AppImage' } })).toBeNull();
    expect(updateSupport({ isPackaged: true, platform: 'linux', env: {} })).toMatch(/\.deb/);
  });
});

describe('sorting update failures', () => {
  it.each([
    [new Error('net::ERR_INTERNET_DISCONNECTED'), 'feed-unreachable'],
    [new Error('HttpError: 404 Not Found "method: GET url: https://updates.example/latest.yml"'), 'feed-unreachable'],
    [Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), 'feed-unreachable'],
    [new Error('sha512 checksum mismatch, expected abc, got def'), 'bad-signature'],
    [new Error('Code signature at URL file:///x did not pass validation'), 'bad-signature'],
    [new Error('EPERM: operation not permitted'), 'failed'],
    ['a string', 'failed'],
  ])('%s is %s', (error, kind) => {
    expect(classifyUpdateError(error)).toBe(kind);
  });
});
