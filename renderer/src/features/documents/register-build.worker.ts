/**
 * Builds the resolution register off the page's main thread: a register of thousands of rows
 * takes seconds to write, and the person keeps working (or presses Cancel, which ends this
 * worker) meanwhile. Messages: see register-build.ts.
 */
import { buildResolutionRegisterDocument } from '@shared/documents/resolution-register';
import { TemplateError } from '@shared/documents/template';
import type { RegisterBuildReply, RegisterBuildRequest } from './register-build';

const post = (reply: RegisterBuildReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<RegisterBuildRequest>) => {
  const { input, options } = event.data;
  buildResolutionRegisterDocument(input, options, (progress) => post({ type: 'progress', progress })).then(
    (bytes) => post({ type: 'done', bytes }, [bytes.buffer]),
    (error: unknown) => post({ type: 'failed', template: error instanceof TemplateError, message: error instanceof Error ? error.message : String(error) }),
  );
};
