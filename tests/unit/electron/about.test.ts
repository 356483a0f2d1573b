import { describe, expect, it, vi } from 'vitest';
import { aboutDialogOptions, showAbout } from '../../../electron/about';

const facts = { name: 'Quorum', version: '0.1.0', electron: '45.4.1', chrome: '142.0', logsFolder: '/home/t/.config/Quorum/logs' };

describe('Help → About', () => {
  it('names the version, the update state and the logs folder', () => {
    const options = aboutDialogOptions(facts, {
      status: 'error',
      kind: 'feed-unreachable',
      message: 'The update feed is unreachable. Quorum keeps working; it will look for updates again when it next starts.',
      origin: 'automatic',
      at: '2026-11-26T12:30:00.000Z',
    });
    expect(options.message).toBe('Quorum 0.1.0');
    expect(options.detail).toContain('Updates: The update feed is unreachable.');
    expect(options.detail).toContain('(26 Nov 2026, 14:30)');
    expect(options.detail).toContain('Log files: /home/t/.config/Quorum/logs');
    expect(options.detail).toContain('Electron 45.4.1, Chromium 142.0');
  });

  it('says an update waits for the meeting in session', () => {
    const options = aboutDialogOptions(facts, { status: 'ready', version: '0.2.0', waitingForMeeting: true, installRequested: false });
    expect(options.detail).toContain('Version 0.2.0 is ready; it will be installed after the meeting in session is closed.');
  });

  it('checks for updates or opens the logs folder from its buttons', async () => {
    const checkForUpdates = vi.fn();
    const openLogsFolder = vi.fn();
    const deps = (response: number) => ({
      showMessageBox: () => Promise.resolve({ response }),
      facts,
      updateState: () => ({ status: 'idle' as const }),
      checkForUpdates,
      openLogsFolder,
    });
    await showAbout(deps(0));
    expect(checkForUpdates).not.toHaveBeenCalled();
    await showAbout(deps(1));
    expect(checkForUpdates).toHaveBeenCalledTimes(1);
    await showAbout(deps(2));
    expect(openLogsFolder).toHaveBeenCalledTimes(1);
  });
});
