/**
 * The one gate every IPC call passes through. It refuses calls that do not come from the app's
 * own top-level page, checks the arguments against the shared contract, and turns every
 * outcome into an `IpcResponse` value so the renderer receives a clean, showable message.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IpcInputError, parseIpcArgs, type IpcArgs, type IpcChannel, type IpcResponse, type IpcResult } from '../../shared/ipc-contract';
import type { UrlPolicy } from '../security';
import { errorMessage } from '../../shared/error-message';

/** The parts of an invoke event the gate looks at. */
export type GateEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & {
  sender: { mainFrame: unknown };
};

export type IpcMainLike = Pick<IpcMain, 'handle'>;

export interface GateLog {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * Thrown by a handler that refuses a well-formed request it must not serve (a file id this
 * process never handed out): answered as `forbidden` and logged as a refusal, not a failure.
 */
export class IpcRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRefusal';
  }
}

export type Handler<C extends IpcChannel> = (...args: IpcArgs<C>) => Promise<IpcResult<C>> | IpcResult<C>;

/** Only the main frame of the app's own page may call: not an iframe, not a foreign page. */
export function isTrustedSender(event: GateEvent, isAppUrl: UrlPolicy): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

export function createIpcGate(ipcMain: IpcMainLike, isAppUrl: UrlPolicy, log: GateLog) {
  return {
    handle<C extends IpcChannel>(channel: C, handler: Handler<C>): void {
      const listener = async (event: GateEvent, ...rawArgs: unknown[]): Promise<IpcResponse<IpcResult<C>>> => {
        if (!isTrustedSender(event, isAppUrl)) {
          log.warn(`IPC ${channel} refused: sender ${event.senderFrame?.url ?? '(gone)'} is not the app`);
          return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Quorum.' } };
        }
        let args: IpcArgs<C>;
        try {
          args = parseIpcArgs(channel, rawArgs);
        } catch (error) {
          const message = error instanceof IpcInputError ? error.message : 'Malformed request.';
          log.warn(`IPC ${channel} refused: ${message}`);
          return { ok: false, error: { code: 'invalid-input', message } };
        }
        try {
          return { ok: true, value: await handler(...args) };
        } catch (error) {
          if (error instanceof IpcRefusal) {
            log.warn(`IPC ${channel} refused: ${error.message}`);
            return { ok: false, error: { code: 'forbidden', message: error.message } };
          }
          log.error(`IPC ${channel} failed`, error);
          const message = errorMessage(error);
          return { ok: false, error: { code: 'failed', message } };
        }
      };
      ipcMain.handle(channel, listener);
    },
  };
}

export type IpcGate = ReturnType<typeof createIpcGate>;
