/**
 * What the app shell says about the desktop app's own updates, decided from the update state
 * alone: progress, "ready", a wait for the meeting in session, and failures worth interrupting
 * for. A check at start-up that finds no network stays quiet: Quorum works offline, and Help →
 * About says what happened.
 */
import type { UpdateState } from '@shared/ipc-contract';

export interface Notice {
  severity: 'info' | 'success' | 'warning' | 'error';
  text: string;
  action?: 'install' | 'install-later';
  progress?: number;
}

/** What to show for a state, or null when the person need not be told anything. */
export function updateNotice(state: UpdateState | null): Notice | null {
  if (!state) return null;
  switch (state.status) {
    case 'unsupported':
    case 'idle':
      return null;
    case 'checking':
      return state.origin === 'manual' ? { severity: 'info', text: 'Looking for updates…' } : null;
    case 'up-to-date':
      return state.origin === 'manual' ? { severity: 'success', text: 'Quorum is up to date.' } : null;
    case 'downloading':
      return { severity: 'info', text: `Downloading Quorum ${state.version}: ${Math.floor(state.percent)}%`, progress: state.percent };
    case 'ready':
      if (!state.waitingForMeeting) return { severity: 'success', text: `Quorum ${state.version} is ready to install.`, action: 'install' };
      if (state.installRequested) {
        return { severity: 'info', text: `Quorum will restart to install version ${state.version} as soon as the meeting in session is closed.` };
      }
      return {
        severity: 'info',
        text: `Quorum ${state.version} is ready. It will not be installed while a meeting is in session.`,
        action: 'install-later',
      };
    case 'error':
      // Offline at start-up is normal for Quorum; a bad signature is always worth saying.
      if (state.origin === 'automatic' && state.kind !== 'bad-signature') return null;
      return { severity: state.kind === 'bad-signature' ? 'error' : 'warning', text: state.message };
  }
}
