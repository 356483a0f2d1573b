/**
 * Publishing to the public database against a real server (pouchdb-server, and Apache CouchDB in
 * the CouchDB pass): couch:setup makes `<prefix>public` readable by anyone and writable only by
 * the secretariat; publish, withdraw and correction land whole (the Word file with the document);
 * a viewer's publish and a malformed one are refused with the server's reason.
 */
import { describe, expect, it } from 'vitest';
import { CouchClient, CouchRequestError } from '../../shared/couch/http';
import { databaseName } from '../../shared/couch/names';
import { publicDatabaseName, type Publication } from '../../shared/publishing/publication';
import { pushAct, pushSite, readPublication, refusalReason } from '../../shared/publishing/push';
import type { PublicationAct } from '../../shared/publishing/rules';
import { adminClient, prepareTestServer } from './support/couch';
import { THULI, VUSI, useTestServer } from './support/test-server';

const PREFIX = 'quorum_publish_';
const DOCX = Buffer.from('PK\u0003\u0004 a Word file', 'latin1');

const server = useTestServer(PREFIX, THULI, VUSI);
const client = (account?: { username: string; password: string }) => new CouchClient({ serverUrl: server.url, ...(account ?? {}) });

const content = {
  kind: 'agenda' as const,
  meeting: {
    reference: 'OC 10/2026',
    title: 'Ordinary Council',
    bodyCode: 'OC',
    bodyName: 'Council',
    kindLabel: 'Ordinary meeting',
    startsAt: '2026-12-10T08:00:00.000Z',
    venue: 'Chamber',
  },
  items: [
    { number: '1', title: '<script>alert(1)</script> Opening', summary: [] },
    { number: '2', title: 'Confidential item', summary: [], withheld: true as const },
  ],
};
const act = (fields: Partial<PublicationAct> & Pick<PublicationAct, 'act'>): PublicationAct =>
  ({
    id: 'agenda:oc-10-2026',
    kind: 'agenda',
    at: new Date().toISOString(),
    by: 'Thuli Secretary',
    content,
    attachments: {
      'agenda-oc-10-2026.docx': { content_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: DOCX.toString('base64') },
    },
    ...fields,
  }) as PublicationAct;

describe('the public database', () => {
  it('is prepared by couch:setup: anyone reads it, while the app’s databases stay closed to the anonymous', async () => {
    const summary = await prepareTestServer(server, PREFIX);
    expect(summary.publicDatabase).toEqual({ name: `${PREFIX}public`, created: false, designUpdated: false });
    const anonymous = client();
    const info = await anonymous.json<{ db_name: string }>('GET', encodeURIComponent(publicDatabaseName(PREFIX)));
    expect(info.db_name).toBe(`${PREFIX}public`);
    await expect(anonymous.json('GET', `${encodeURIComponent(databaseName(PREFIX, 'meetings'))}/_all_docs`)).rejects.toBeInstanceOf(CouchRequestError);
    // Nobody anonymous writes to it.
    await expect(anonymous.json('PUT', `${encodeURIComponent(publicDatabaseName(PREFIX))}/agenda:x`, { body: { type: 'publication' } })).rejects.toThrow();
  });

  it('takes a publication, its correction and its withdrawal from the secretariat; anyone reads each, the file with it', async () => {
    const thuli = client(THULI);
    const published = await pushAct(thuli, PREFIX, act({ act: 'publish' }));
    expect(published).toMatchObject({ state: 'published', version: 1, publishedBy: 'Thuli Secretary' });

    const anonymous = client();
    const read = await readPublication(anonymous, PREFIX, 'agenda:oc-10-2026');
    expect(read?.content).toEqual(content);
    expect(read?._attachments?.['agenda-oc-10-2026.docx']).toMatchObject({ stub: true, length: DOCX.length });
    const file = await fetch(`${server.url}${encodeURIComponent(publicDatabaseName(PREFIX))}/agenda%3Aoc-10-2026/agenda-oc-10-2026.docx`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(DOCX)).toBe(true);

    // The same act sent again (its answer lost on the way) is not applied twice.
    const first = act({ act: 'correct', note: 'Item 1’s title corrected.' });
    const corrected = await pushAct(thuli, PREFIX, first);
    expect(corrected).toMatchObject({ version: 2, correction: { note: 'Item 1’s title corrected.' } });
    expect((await pushAct(thuli, PREFIX, first)).version).toBe(2);

    await pushAct(thuli, PREFIX, act({ act: 'withdraw', reason: 'The meeting was postponed.' }));
    const withdrawn = (await readPublication(anonymous, PREFIX, 'agenda:oc-10-2026')) as Publication;
    expect(withdrawn).toMatchObject({ state: 'withdrawn', version: 2, withdrawal: { reason: 'The meeting was postponed.' } });
    expect(withdrawn.content).toBeUndefined();
    expect(withdrawn._attachments).toBeUndefined();
  });

  it('refuses a viewer’s publish, a malformed publication and a deletion, with the server’s reason', async () => {
    const viewerAct = act({ act: 'publish', id: 'agenda:oc-11-2026' });
    const refused = await pushAct(client(VUSI), PREFIX, viewerAct).catch((error: unknown) => error);
    expect(refusalReason(refused)).toBe('The server refused it: Your account may not publish: that needs the role secretariat.');
    expect(await readPublication(client(), PREFIX, 'agenda:oc-11-2026')).toBeNull();

    const name = encodeURIComponent(publicDatabaseName(PREFIX));
    const malformed = await client(THULI)
      .json('PUT', `${name}/agenda:oc-12-2026`, { body: { type: 'publication', kind: 'agenda', state: 'published', version: 7 } })
      .catch((error: unknown) => error);
    expect(refusalReason(malformed)).toMatch(/^The server refused it: Malformed publication: /);

    const current = (await readPublication(client(), PREFIX, 'agenda:oc-10-2026')) as Publication;
    const deletion = await client(THULI)
      .json('DELETE', `${name}/agenda:oc-10-2026`, { query: { rev: current._rev } })
      .catch((error: unknown) => error);
    expect(refusalReason(deletion)).toMatch(/never deleted/);
  });

  it('names the municipality in the site document, written once and again only when it changes', async () => {
    const thuli = client(THULI);
    await pushSite(thuli, PREFIX, { municipality: 'Mopane Ridge Local Municipality', address: ['1 Main Road'], contact: ['015 555 0100'] }, new Date());
    const admin = adminClient(server);
    const site = await admin.json<{ _rev: string; municipality: string }>('GET', `${encodeURIComponent(publicDatabaseName(PREFIX))}/site`);
    expect(site.municipality).toBe('Mopane Ridge Local Municipality');
    await pushSite(thuli, PREFIX, { municipality: 'Mopane Ridge Local Municipality', address: ['1 Main Road'], contact: ['015 555 0100'] }, new Date());
    const again = await admin.json<{ _rev: string }>('GET', `${encodeURIComponent(publicDatabaseName(PREFIX))}/site`);
    expect(again._rev).toBe(site._rev);
  });
});
