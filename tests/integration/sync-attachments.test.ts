/**
 * Attachments travel through PouchDB's own replication to the attachments database: a file added
 * offline reaches the server when the network returns (checked with a plain HTTP GET of the
 * file), another laptop gets the same bytes, a removal replicates, a file over the size limit is
 * refused before anything is stored, and a viewer's file is refused by the server and kept.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseName } from '../../shared/couch/names';
import { AttachmentTooLargeError } from '../../renderer/src/attachments/attachment-store';
import { ADMIN } from './support/sync-server';
import { waitFor } from './support/couch';
import { THULI, VUSI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';

const PREFIX = 'quorum_attachments_';

const server = useTestServer(PREFIX, THULI, VUSI);

/** A plain HTTP GET of a file on the server, as any other tool would fetch it. */
async function fileOnServer(id: string): Promise<Uint8Array | null> {
  const url = `${server.url}${databaseName(PREFIX, 'attachments')}/${encodeURIComponent(id)}/file`;
  const response = await fetch(url, { headers: { Authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}` } });
  if (response.status === 404) return null;
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

function pdf(bytes: Uint8Array): Blob {
  return new Blob([new Uint8Array(bytes)], { type: 'application/pdf' });
}

describe('attachments', () => {
  it('sends a file added offline when the network returns; another laptop gets the same bytes; removals replicate', async () => {
    const content = new Uint8Array(randomBytes(300_000));
    let id = '';
    const first = await openLaptop('files-a', { server, prefix: PREFIX, account: THULI, online: false });
    try {
      const ref = await first.attachments.put(pdf(content), { name: 'Annexure A – budget.pdf', kind: 'annexure', addedBy: 'Thuli' });
      id = ref.id;
      expect(ref).toMatchObject({ name: 'Annexure A – budget.pdf', mimeType: 'application/pdf', size: 300_000, kind: 'annexure', addedBy: 'Thuli' });
      await first.until('the file waiting offline', (s) => s.phase === 'offline' && s.pending === 1);
      expect(await fileOnServer(id)).toBeNull();

      first.network.set(true);
      const onServer = await waitFor('the file on the server', () => fileOnServer(id));
      expect(Buffer.from(onServer).equals(Buffer.from(content))).toBe(true);
      await first.until('up to date', upToDate);
      expect(first.repos.sync.log.entries.some((e) => e.kind === 'sent' && /Sent 1 attachment/.test(e.message))).toBe(true);
    } finally {
      await first.close();
    }

    const second = await openLaptop('files-b', { server, prefix: PREFIX, account: THULI });
    try {
      await second.until('up to date', upToDate);
      await waitFor('the file on the second laptop', () => second.attachments.has(id).then((has) => has || null));
      const blob = await second.attachments.get(id);
      expect(blob.type).toBe('application/pdf');
      expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(content))).toBe(true);

      await second.attachments.remove(id);
      await waitFor('the removal on the server', async () => ((await fileOnServer(id)) === null ? true : null));
    } finally {
      await second.close();
    }
  }, 120_000);

  it('refuses a file over the size limit with a clear message and stores nothing', async () => {
    const laptop = await openLaptop('files-c', { server, prefix: PREFIX, account: THULI, online: false });
    try {
      const big = new Blob([new Uint8Array(51 * 1024 * 1024)], { type: 'application/pdf' });
      const error = await laptop.attachments.put(big, { name: 'Scanned minutes.pdf' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AttachmentTooLargeError);
      expect((error as Error).message).toBe(
        '“Scanned minutes.pdf” is 51 MB; attachments may be at most 50 MB. Make the file smaller (for example, scan at a lower resolution or compress the PDF), or ask IT to raise the limit.',
      );
      expect(await laptop.attachments.pendingCount()).toBe(0);
      const empty = await laptop.attachments.put(new Blob([]), { name: 'empty.pdf' }).catch((e: unknown) => e);
      expect((empty as Error).message).toBe('“empty.pdf” is empty.');
    } finally {
      await laptop.close();
    }
  }, 60_000);

  it('reports a file the server refuses (a viewer’s) and keeps it waiting on the laptop', async () => {
    const laptop = await openLaptop('files-d', { server, prefix: PREFIX, account: VUSI });
    try {
      await laptop.until('up to date', upToDate);
      const ref = await laptop.attachments.put(pdf(new Uint8Array(randomBytes(1000))), { name: 'notes.pdf' });
      const refused = await laptop.until('the refusal shown', (s) => s.phase === 'error' && s.problem?.kind === 'refused-write' && s.pending === 1);
      expect(refused.problem?.what).toBe('attachments');
      expect(await laptop.attachments.has(ref.id)).toBe(true);
      expect(await fileOnServer(ref.id)).toBeNull();
    } finally {
      await laptop.close();
    }
  }, 60_000);
});
