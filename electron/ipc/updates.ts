/** IPC handlers for self-update: its state, a check, the restart, and whether a meeting is in session. */
import type { UpdateService } from '../updater';
import type { IpcGate } from './handle';

export function registerUpdateHandlers(gate: IpcGate, updates: UpdateService): void {
  gate.handle('updates:state', () => updates.state());
  gate.handle('updates:check', () => updates.check('manual'));
  gate.handle('updates:install', () => updates.requestInstall());
  gate.handle('updates:meeting-in-session', (inSession) => {
    updates.setMeetingInSession(inSession);
    return null;
  });
}
