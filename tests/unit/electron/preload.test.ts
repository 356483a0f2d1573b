/**
 * The preload under Node, with Electron's contextBridge and ipcRenderer replaced by fakes: what
 * the page receives, and that subscriptions hand over the payload only and clean up after
 * themselves.
 */
import type { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuorumApi } from '../../../shared/ipc-contract';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>() }));
const ipc = vi.hoisted(() => ({ renderer: null as unknown as EventEmitter & { invoke: ReturnType<typeof vi.fn> } }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const renderer = Object.assign(new Emitter(), { invoke: vi.fn() });
  ipc.renderer = renderer;
  return {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
    ipcRenderer: renderer,
  };
});

let api: QuorumApi;

beforeAll(async () => {
  await import('../../../electron/preload');
  api = bridge.exposed.get('quorum') as QuorumApi;
});

describe('the preload bridge', () => {
  it('exposes one object, window.quorum, and no raw IPC', () => {
    expect([...bridge.exposed.keys()]).toEqual(['quorum']);
    expect(api.kind).toBe('desktop');
    expect(Object.keys(api).sort()).toEqual(['app', 'credentials', 'files', 'kind', 'log', 'menu', 'updates']);
    expect(JSON.stringify(Object.keys(api.files))).not.toContain('invoke');
  });

  it('calls one channel per member and turns an error response into a thrown message', async () => {
    ipc.renderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await api.files.open('00000000-0000-4000-8000-000000000000');
    expect(ipc.renderer.invoke).toHaveBeenLastCalledWith('files:open', '00000000-0000-4000-8000-000000000000');
    ipc.renderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'That file was not saved by Quorum in this session.' } });
    await expect(api.files.showInFolder('x')).rejects.toThrow('That file was not saved by Quorum in this session.');
    ipc.renderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await api.updates.setMeetingInSession(true);
    expect(ipc.renderer.invoke).toHaveBeenLastCalledWith('updates:meeting-in-session', true);
  });

  it('delivers menu commands without the IPC event, ignores unknown ones, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.menu.onCommand(listener);
    const sender = { send: vi.fn() };
    ipc.renderer.emit('menu:command', { sender }, 'backup');
    ipc.renderer.emit('menu:command', { sender }, 'format-disk');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('backup');
    unsubscribe();
    ipc.renderer.emit('menu:command', { sender }, 'restore');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipc.renderer.listenerCount('menu:command')).toBe(0);
  });

  it('delivers update states and removes only its own listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.updates.onState(first);
    api.updates.onState(second);
    ipc.renderer.emit('updates:state', {}, { status: 'downloading', version: '0.2.0', percent: 10 });
    stopFirst();
    ipc.renderer.emit('updates:state', {}, { status: 'nonsense' });
    ipc.renderer.emit('updates:state', {}, { status: 'idle' });
    expect(first).toHaveBeenCalledTimes(1);
    expect(second.mock.calls).toEqual([[{ status: 'downloading', version: '0.2.0', percent: 10 }], [{ status: 'idle' }]]);
    expect(ipc.renderer.listenerCount('updates:state')).toBe(1);
  });
});
