/** IPC handler that writes errors caught in the renderer to the log file (see ../logging.ts). */
import type { RendererErrorReport } from '../../shared/ipc-contract';
import type { IpcGate } from './handle';

export function registerLogHandlers(gate: IpcGate, recordRendererError: (report: RendererErrorReport) => void): void {
  gate.handle('log:renderer-error', (report) => {
    recordRendererError(report);
    return null;
  });
}
