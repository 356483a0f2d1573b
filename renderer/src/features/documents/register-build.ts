/**
 * The resolution register built in a Web Worker (register-build.worker.ts), with its progress
 * and a Cancel that ends the worker, so the page stays responsive while thousands of rows are
 * written. Where workers are unavailable the build runs on the page, as before.
 */
import { buildResolutionRegisterDocument, type BuildProgress } from '@shared/documents/resolution-register';
import { TemplateError } from '@shared/documents/template';
import type { DocumentOptions, ResolutionRegisterInput } from '@shared/documents/inputs';

export interface RegisterBuildRequest {
  input: ResolutionRegisterInput;
  options: DocumentOptions;
}

export type RegisterBuildReply =
  { type: 'progress'; progress: Parameters<BuildProgress>[0] } | { type: 'done'; bytes: Uint8Array } | { type: 'failed'; template: boolean; message: string };

/** The person cancelled the export: nothing is saved. */
export class ExportCancelledError extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelledError';
  }
}

export interface BuildHooks {
  progress?: BuildProgress;
  signal?: AbortSignal;
}

/** The worker's side the client needs; a test gives a fake. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<RegisterBuildReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

function startWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./register-build.worker.ts', import.meta.url), { type: 'module', name: 'Resolution register' });
}

export function buildRegister(request: RegisterBuildRequest, hooks: BuildHooks = {}, worker: () => WorkerLike | null = startWorker): Promise<Uint8Array> {
  if (hooks.signal?.aborted) return Promise.reject(new ExportCancelledError());
  const running = worker();
  if (!running) return buildResolutionRegisterDocument(request.input, request.options, hooks.progress);
  return new Promise<Uint8Array>((resolve, reject) => {
    const end = (settle: () => void) => {
      hooks.signal?.removeEventListener('abort', cancel);
      running.terminate();
      settle();
    };
    const cancel = () => end(() => reject(new ExportCancelledError()));
    hooks.signal?.addEventListener('abort', cancel, { once: true });
    running.onmessage = (event) => {
      const reply = event.data;
      if (reply.type === 'progress') hooks.progress?.(reply.progress);
      else if (reply.type === 'done') end(() => resolve(reply.bytes));
      else end(() => reject(reply.template ? new TemplateError(reply.message) : new Error(reply.message)));
    };
    running.onerror = (event) => end(() => reject(new Error(event.message || 'The document could not be built.')));
    running.postMessage(request);
  });
}
