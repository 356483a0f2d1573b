import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc-contract';
import { createIpcGate, IpcRefusal } from '../../../electron/ipc/handle';
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

  it('refuses every channel of the contract when the sender is not the app', async () => {
    const { gate, handlers, log } = setup();
    const handler = vi.fn();
    for (const channel of IPC_CHANNELS) gate.handle(channel, handler);
    const foreign = { url: 'https://evil.example.com/' };
    for (const channel of IPC_CHANNELS) {
      await expect(handlers.get(channel)!({ senderFrame: foreign, sender: { mainFrame: foreign } }, 'x')).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(handler).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledTimes(IPC_CHANNELS.length);
  });

  it('answers a handler refusal as forbidden and logs it as a refusal', async () => {
    const { gate, handlers, appEvent, log } = setup();
    gate.handle('files:open', () => {
      throw new IpcRefusal('That file was not saved by Quorum in this session.');
    });
    await expect(handlers.get('files:open')!(appEvent, '00000000-0000-4000-8000-000000000000')).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'That file was not saved by Quorum in this session.' },
    });
    expect(log.warn).toHaveBeenCalledWith('IPC files:open refused: That file was not saved by Quorum in this session.');
    expect(log.error).not.toHaveBeenCalled();
  });

  it('refuses a path where a saved-file id belongs, and a non-boolean meeting flag', async () => {
    const { gate, handlers, appEvent, log } = setup();
    const handler = vi.fn();
    gate.handle('files:open', handler);
    gate.handle('files:show-in-folder', handler);
    gate.handle('updates:meeting-in-session', handler);
    await expect(handlers.get('files:open')!(appEvent, '/etc/passwd')).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(handlers.get('files:show-in-folder')!(appEvent, 'C:\\Windows')).resolves.toMatchObject({ ok: false });
    await expect(handlers.get('updates:meeting-in-session')!(appEvent, 'yes')).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(handler).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledTimes(3);
  });

  it('passes a renderer error report on, cut to size', async () => {
    const { gate, handlers, appEvent } = setup();
    const handler = vi.fn(() => null);
    gate.handle('log:renderer-error', handler);
    await handlers.get('log:renderer-error')!(appEvent, { kind: 'error', message: 'x'.repeat(10_000), stack: 'at App', extra: 'ignored' });
    expect(handler).toHaveBeenCalledWith({ kind: 'error', message: 'x'.repeat(2_000), stack: 'at App' });
    await expect(handlers.get('log:renderer-error')!(appEvent, { kind: 'panic', message: 'x' })).resolves.toMatchObject({ ok: false });
  });
});
