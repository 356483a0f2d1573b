/**
 * Sends errors the page does not catch (window `error` and `unhandledrejection`) to the desktop
 * app's log file through the bridge. The page keeps running: reporting is best effort, and a
 * failure to report is never itself reported (that could loop).
 */
import type { QuorumApi, RendererErrorReport } from '@shared/ipc-contract';

type ErrorTarget = Pick<Window, 'addEventListener'>;

function describe(reason: unknown): { message: string; stack?: string } {
  if (reason instanceof Error) return { message: `${reason.name}: ${reason.message}`, ...(reason.stack ? { stack: reason.stack } : {}) };
  try {
    return { message: typeof reason === 'string' ? reason : (JSON.stringify(reason) ?? String(reason)) };
  } catch {
    return { message: String(reason) };
  }
}

/** Starts forwarding; `location` names where in the app it happened (the hash route). */
export function startErrorReporting(target: ErrorTarget, log: QuorumApi['log'], location: () => string): void {
  const send = (report: RendererErrorReport) => {
    log.rendererError(report).catch(() => undefined);
  };
  target.addEventListener('error', (event: ErrorEvent) => {
    const described = event.error !== undefined && event.error !== null ? describe(event.error) : { message: event.message || 'Unknown error' };
    send({ kind: 'error', ...described, location: location() });
  });
  target.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    send({ kind: 'unhandled-rejection', ...describe(event.reason), location: location() });
  });
}
