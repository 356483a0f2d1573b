/**
 * Publishing from the app's laptop (issue 19), against a real server: acts taken offline wait in
 * the outbox (kept in storage, so a restart keeps them) and reach the public database once
 * online: the demo's Council agenda and confirmed minutes and its register, each with its public
 * Word document, with no trace of the in-committee item in the text or the files. The audit
 * trail records each act. A viewer is refused on the laptop, and an act the server refuses stays
 * queued with the server's reason.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CouchClient } from '../../shared/couch/http';
import { publicDatabaseName, type Publication } from '../../shared/publishing/publication';
import { WriteRefusedError } from '../../renderer/src/db/access-guard';
import { loadDemoMunicipality } from '../../renderer/src/features/onboarding/demo-loader';
import { PublishingService } from '../../renderer/src/features/publishing/publishing.service';
import { THULI, VUSI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';

const PREFIX = 'quorum_publishapp_';
const PAST = 'demo-mtg-council-past';
/** Words only the demo's in-committee item holds. */
const SECRETS = ['Legal opinion', 'labour dispute', 'considered the legal opinion in committee'];

const server = useTestServer(PREFIX, THULI, VUSI);

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map<string, string>();
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

async function publicDocs(): Promise<Publication[]> {
  const anonymous = new CouchClient({ serverUrl: server.url });
  const body = await anonymous.json<{ rows: Array<{ id: string; doc: Publication }> }>('GET', `${publicDatabaseName(PREFIX)}/_all_docs`, {
    query: { include_docs: true },
  });
  return body.rows.filter((row) => !row.id.startsWith('_design/') && row.id !== 'site').map((row) => row.doc);
}

async function wordText(id: string, file: string): Promise<string> {
  const response = await fetch(`${server.url}${publicDatabaseName(PREFIX)}/${encodeURIComponent(id)}/${file}`);
  expect(response.status).toBe(200);
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

describe('publishing from the laptop', () => {
  it('queues acts taken offline, keeps them over a restart, and sends them whole once online', async () => {
    const laptop = await openLaptop('pub-thuli', { server, prefix: PREFIX, account: THULI, memory: true, online: false, actor: 'Thuli Secretary' });
    try {
      const { repos } = laptop;
      await loadDemoMunicipality(repos, new Date());
      const storage = memoryStorage();
      let service = new PublishingService(repos, storage, 'publishing');

      // Minutes not yet confirmed: refused where the act is taken, nothing queued.
      await expect(service.publish({ kind: 'minutes', meetingId: PAST }, 'Thuli Secretary')).rejects.toThrow(/Minutes are published once they are confirmed/);
      const past = await laptop.db.meetings.findOne(PAST).exec();
      await past?.incrementalPatch({ status: 'minutes_confirmed', confirmedAt: new Date().toISOString() });

      await service.publish({ kind: 'agenda', meetingId: PAST }, 'Thuli Secretary');
      await service.publish({ kind: 'minutes', meetingId: PAST }, 'Thuli Secretary');
      await service.publish({ kind: 'register', bodyId: 'demo-body-council' }, 'Thuli Secretary');
      await expect(service.publish({ kind: 'agenda', meetingId: PAST }, 'Thuli Secretary')).rejects.toThrow(/already published \(version 1\)/);
      expect(service.outbox.state.queue.map((q) => q.act.id)).toEqual(
        ['agenda:oc-09-2026', 'minutes:oc-09-2026', 'register:c'].map((id) => id.replace('2026', String(new Date().getFullYear()))),
      );
      expect(await publicDocs()).toEqual([]);
      const entries = await laptop.db.audit.find({ selector: { summary: { $regex: '^Published' } } }).exec();
      expect(entries.map((e) => e.summary).sort()).toEqual(
        [
          `Published the public agenda (oc-09-${new Date().getFullYear()}), version 1.`,
          `Published the public minutes (oc-09-${new Date().getFullYear()}), version 1.`,
          'Published the public resolution register (c), version 1.',
        ].sort(),
      );

      // A restart: the outbox is read again from storage.
      service = new PublishingService(repos, storage, 'publishing');
      expect(service.outbox.state.queue).toHaveLength(3);

      laptop.network.set(true);
      await laptop.until('up to date', upToDate, 60_000);
      await service.flush();
      expect(service.outbox.state.queue).toEqual([]);
      const docs = await publicDocs();
      expect(docs.map((d) => [d._id.split(':')[0], d.state, d.version, d.publishedBy])).toEqual([
        ['agenda', 'published', 1, 'Thuli Secretary'],
        ['minutes', 'published', 1, 'Thuli Secretary'],
        ['register', 'published', 1, 'Thuli Secretary'],
      ]);
      const everything = JSON.stringify(docs);
      for (const secret of SECRETS) expect(everything).not.toContain(secret);
      expect(everything).not.toContain('demo-');
      for (const doc of docs) {
        const [file] = Object.keys(doc._attachments ?? {});
        expect(file).toMatch(/\.docx$/);
        const text = await wordText(doc._id, file ?? '');
        expect(text.length).toBeGreaterThan(1000);
        for (const secret of SECRETS) expect(text).not.toContain(secret);
      }
      const agenda = docs[0];
      expect(agenda?.content?.kind === 'agenda' && agenda.content.items.some((i) => i.withheld && i.title === 'Confidential item')).toBe(true);
      expect(service.outbox.state.known[agenda?._id ?? '']?.version).toBe(1);
    } finally {
      await laptop.close();
    }
  }, 180_000);

  it('refuses a viewer on the laptop; an act the server refuses stays queued with its reason', async () => {
    const laptop = await openLaptop('pub-vusi', { server, prefix: PREFIX, account: VUSI, memory: true, actor: 'Vusi Viewer' });
    try {
      await laptop.until('up to date', upToDate, 90_000);
      const service = new PublishingService(laptop.repos, memoryStorage(), 'publishing');
      await expect(service.withdraw({ kind: 'register', bodyId: 'demo-body-council' }, 'Vusi Viewer', 'No reason')).rejects.toBeInstanceOf(WriteRefusedError);
      expect(service.outbox.state.queue).toEqual([]);

      // An act queued before the role changed reaches the server, which refuses it.
      service.outbox.add(
        { act: 'withdraw', id: 'register:c', kind: 'register', at: new Date().toISOString(), by: 'Vusi Viewer', reason: 'Queued before the role changed.' },
        new Date().toISOString(),
      );
      await service.flush();
      expect(service.outbox.state.queue).toHaveLength(1);
      expect(service.outbox.state.queue[0]?.problem).toBe('The server refused it: Your account may not publish: that needs the role secretariat.');
      expect((await publicDocs()).find((d) => d._id === 'register:c')?.state).toBe('published');
    } finally {
      await laptop.close();
    }
  }, 180_000);
});
