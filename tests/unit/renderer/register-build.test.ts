/**
 * The resolution register built in a worker: progress relayed, the bytes handed back, a Cancel
 * that ends the worker and saves nothing, a template's failure still a TemplateError, and the
 * page's own thread where no worker can be made.
 */
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../../shared/documents/template';
import { buildRegister, ExportCancelledError, type RegisterBuildReply, type WorkerLike } from '../../../renderer/src/features/documents/register-build';
import { body, departments, municipality, resolutions } from '../shared/documents/support/fixtures';

const request = {
  input: { municipality, generatedAt: new Date('2026-12-05T08:00:00Z'), resolutions, bodies: [body], departments, filters: [], audience: 'full' as const },
  options: {},
};

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<RegisterBuildReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: RegisterBuildReply): void {
    this.onmessage?.({ data } as MessageEvent<RegisterBuildReply>);
  }
}

describe('building the register in a worker', () => {
  it('relays the progress and hands back the bytes, then ends the worker', async () => {
    const worker = new FakeWorker();
    const steps: string[] = [];
    const built = buildRegister(request, { progress: (step) => steps.push(step.stage) }, () => worker);
    expect(worker.posted).toEqual([request]);
    worker.reply({ type: 'progress', progress: { stage: 'rows', done: 0, total: 3 } });
    worker.reply({ type: 'progress', progress: { stage: 'writing' } });
    worker.reply({ type: 'done', bytes: new Uint8Array([1, 2, 3]) });
    expect(await built).toEqual(new Uint8Array([1, 2, 3]));
    expect(steps).toEqual(['rows', 'writing']);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker on Cancel and rejects with ExportCancelledError, even if it answers later', async () => {
    const worker = new FakeWorker();
    const abort = new AbortController();
    const built = buildRegister(request, { signal: abort.signal }, () => worker);
    abort.abort();
    await expect(built).rejects.toBeInstanceOf(ExportCancelledError);
    expect(worker.terminated).toBe(true);
    worker.reply({ type: 'done', bytes: new Uint8Array([9]) });
    await expect(built).rejects.toBeInstanceOf(ExportCancelledError);
  });

  it('refuses at once when cancelled before it starts, without making a worker', async () => {
    const abort = new AbortController();
    abort.abort();
    let made = false;
    await expect(
      buildRegister(request, { signal: abort.signal }, () => {
        made = true;
        return new FakeWorker();
      }),
    ).rejects.toBeInstanceOf(ExportCancelledError);
    expect(made).toBe(false);
  });

  it('keeps a template failure a TemplateError, so the exporter falls back to the built-in letterhead', async () => {
    const worker = new FakeWorker();
    const built = buildRegister(request, {}, () => worker);
    worker.reply({ type: 'failed', template: true, message: 'The template has no {{content}} placeholder.' });
    await expect(built).rejects.toBeInstanceOf(TemplateError);
  });

  it('builds on the page where no worker can be made', async () => {
    const steps: string[] = [];
    const bytes = await buildRegister(request, { progress: (step) => steps.push(step.stage) }, () => null);
    expect(bytes.length).toBeGreaterThan(1_000);
    expect(steps.at(-1)).toBe('writing');
  });
});
