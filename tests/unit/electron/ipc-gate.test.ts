import { describe, expect, it, vi } from 'vitest';
import { createIpcGate } from '../../../electron/ipc/handle';
import { createAppUrlPolicy } from '../../../electron/security';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) };
  const log = { warn: vi.fn(), error: vi.fn() };
  const gate = createIpcGate(ipcMain as never, createAppUrlPolicy(), log);
  const mainFrame = { url: 'quorum://app/index.html' };
  const appEvent = { senderFrame: mainFrame, sender: { mainFrame } };
  return { gate, handlers, log, appEvent, mainFrame };
}

describe('the IPC gate', () => {
  it('passes checked arguments to the handler and wraps the result', async () => {
    const { gate, handlers, appEvent } = setup();
    const handler = vi.fn((account: string) => `secret-of-${account}`);
    gate.handle('credentials:get', handler);
    await expect(handlers.get('credentials:get')?.(appEvent, 'sync@server')).resolves.toEqual({
      ok: true,
      value: 'secret-of-sync@server',
    });
    expect(handler).toHaveBeenCalledWith('sync@server');
  });

  it('refuses malformed arguments without calling the handler', async () => {
    const { gate, handlers, appEvent, log } = setup();
    const handler = vi.fn();
    gate.handle('credentials:set', handler);
    const call = handlers.get('credentials:set')!;
    await expect(call(appEvent, 'account')).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(call(appEvent, { not: 'text' }, 'x')).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(call(appEvent, '../../etc', 'x')).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(call(appEvent, 'a', 'x'.repeat(5000))).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handler).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalled();
  });

  it('refuses a save request whose file name holds a folder', async () => {
    const { gate, handlers, appEvent } = setup();
    gate.handle('files:save', vi.fn());
    const response = await handlers.get('files:save')!(appEvent, {
      suggestedName: '../../.bashrc',
      bytes: new Uint8Array([1]),
      filters: [{ name: 'Word', extensions: ['docx'] }],
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(response)).toContain('folders');
  });

  it('refuses calls from a page that is not the app, or from a sub-frame', async () => {
    const { gate, handlers, mainFrame, log } = setup();
    const handler = vi.fn();
    gate.handle('app:info', handler);
    const foreign = { url: 'https://evil.example.com/' };
    await expect(handlers.get('app:info')!({ senderFrame: foreign, sender: { mainFrame: foreign } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const iframe = { url: 'quorum://app/index.html' };
    await expect(handlers.get('app:info')!({ senderFrame: iframe, sender: { mainFrame } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(handlers.get('app:info')!({ senderFrame: null, sender: { mainFrame } })).resolves.toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  it('turns a handler failure into a message, not a crash', async () => {
    const { gate, handlers, appEvent, log } = setup();
    gate.handle('app:info', () => {
      throw new Error('disk full');
    });
    await expect(handlers.get('app:info')!(appEvent)).resolves.toEqual({ ok: false, error: { code: 'failed', message: 'disk full' } });
    expect(log.error).toHaveBeenCalled();
  });
});
