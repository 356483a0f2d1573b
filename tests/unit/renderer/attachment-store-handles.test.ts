/**
 * The attachment store closes every handle it opens on the server's attachments database. PouchDB
 * keeps an open database in a list of its own until it is closed, and with it the sync session that
 * opened it: a handle left open per sync round made a long torture run run out of memory.
 */
import { describe, expect, it } from 'vitest';
import { AttachmentStore } from '../../../renderer/src/attachments/attachment-store';
import type { PouchLike } from '../../../renderer/src/attachments/pouch';
import { openMemoryPouch } from '../../integration/support/pouchdb-node.js';

function handles(serverName: string) {
  const opened: { closed: boolean }[] = [];
  const openRemote = (): PouchLike => {
    const pouch = openMemoryPouch(serverName);
    const handle = { closed: false };
    opened.push(handle);
    const close = pouch.close.bind(pouch);
    pouch.close = async () => {
      handle.closed = true;
      await close();
    };
    return pouch;
  };
  return { opened, openRemote };
}

describe('handles on the server’s attachments', () => {
  it('are closed after each sync round and each file read from the server, whether it worked or not', async () => {
    const run = `${Date.now()}${Math.random().toString(36).slice(2)}`;
    const server = handles(`server-${run}`);
    const remote = { url: 'http://server.invalid/attachments', fetch: globalThis.fetch };
    const sender = new AttachmentStore({ local: openMemoryPouch(`sender-${run}`), openRemote: server.openRemote, binary: 'base64' });
    const ref = await sender.put(new Blob(['minutes of 26 November'], { type: 'text/plain' }), { name: 'minutes.txt' });
    expect(await sender.syncWith(remote)).toMatchObject({ sent: 1 });

    // Another laptop reads the file from the server without keeping it, then asks for one that is not there.
    const reader = new AttachmentStore({ local: openMemoryPouch(`reader-${run}`), openRemote: server.openRemote, binary: 'base64' });
    reader.setRemote(remote);
    expect(await (await reader.get(ref.id)).text()).toBe('minutes of 26 November');
    await expect(reader.get('no-such-file')).rejects.toThrow();

    expect(server.opened.length).toBe(3);
    expect(server.opened.every((h) => h.closed)).toBe(true);
  });
});
