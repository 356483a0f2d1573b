import { describe, expect, it, vi } from 'vitest';
import { createEventSender } from '../../../electron/ipc/events';

describe('events pushed to the window', () => {
  it('reach the window while it exists, and are dropped quietly when it is gone', () => {
    let contents: { send: ReturnType<typeof vi.fn>; isDestroyed: () => boolean } | null = null;
    const send = createEventSender(() => contents as never);
    expect(() => send('menu:command', 'new-meeting')).not.toThrow();
    contents = { send: vi.fn(), isDestroyed: () => false };
    send('menu:command', 'new-meeting');
    send('updates:state', { status: 'idle' });
    expect(contents.send.mock.calls).toEqual([
      ['menu:command', 'new-meeting'],
      ['updates:state', { status: 'idle' }],
    ]);
    const destroyed = { send: vi.fn(), isDestroyed: () => true };
    contents = destroyed;
    send('menu:command', 'export');
    expect(destroyed.send).not.toHaveBeenCalled();
  });
});
