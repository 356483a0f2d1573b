/**
 * Pushes typed events (shared/ipc-contract.ts `IpcEvents`) from the main process to the app's
 * window. Sending to a window that is gone or not yet created is a no-op, never an error.
 */
import type { WebContents } from 'electron';
import type { IpcEventName, IpcEvents } from '../../shared/ipc-contract';

export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

export type EventSender = <E extends IpcEventName>(event: E, payload: IpcEvents[E]) => void;

export function createEventSender(target: () => EventTarget | null): EventSender {
  return (event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(event, payload);
  };
}
