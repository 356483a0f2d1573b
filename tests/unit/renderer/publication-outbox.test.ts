/**
 * The laptop's outbox of publishing acts (issue 19): written to storage on every change, so a
 * restart reads back what waits; delivered acts leave it, refused ones stay with their reason.
 */
import { describe, expect, it } from 'vitest';
import { PublicationOutbox } from '../../../renderer/src/features/publishing/publication-outbox';
import { isApplied } from '../../../shared/publishing/push';
import { applyAct, type PublicationAct } from '../../../shared/publishing/rules';

function memoryStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value) };
}

const content = { kind: 'register' as const, resolutions: [] };
const publish: PublicationAct = {
  act: 'publish',
  id: 'register:oc',
  kind: 'register',
  at: '2027-01-01T08:00:00.000Z',
  by: 'Thuli',
  content,
  attachments: { 'register-oc.docx': { content_type: 'x', data: 'QUJD' } },
};
const withdraw: PublicationAct = { act: 'withdraw', id: 'register:oc', kind: 'register', at: '2027-01-02T08:00:00.000Z', by: 'Thuli', reason: 'Wrong body.' };

describe('the publishing outbox', () => {
  it('keeps queued acts over a restart, in order', () => {
    const storage = memoryStorage();
    const outbox = new PublicationOutbox(storage, 'k');
    outbox.add(publish, publish.at);
    outbox.add(withdraw, withdraw.at);
    const reopened = new PublicationOutbox(storage, 'k');
    expect(reopened.state.queue.map((q) => q.act.act)).toEqual(['publish', 'withdraw']);
  });

  it('forgets a delivered act and remembers the server’s publication without the file data', () => {
    const outbox = new PublicationOutbox(memoryStorage(), 'k');
    outbox.add(publish, publish.at);
    outbox.delivered(publish, { ...applyAct(null, publish), _rev: '1-a' });
    expect(outbox.state.queue).toEqual([]);
    expect(outbox.state.known['register:oc']?._attachments).toEqual({ 'register-oc.docx': { content_type: 'x', stub: true } });
  });

  it('keeps a refused act with its reason until retried or discarded', () => {
    const outbox = new PublicationOutbox(memoryStorage(), 'k');
    outbox.add(publish, publish.at);
    outbox.refused(publish, 'The server refused it: no role.');
    expect(outbox.state.queue[0]?.problem).toBe('The server refused it: no role.');
    outbox.retry(publish);
    expect(outbox.state.queue[0]?.problem).toBeUndefined();
    outbox.discard(publish);
    expect(outbox.state.queue).toEqual([]);
  });

  it('starts empty from damaged storage rather than failing', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(new PublicationOutbox(storage, 'k').state).toEqual({ queue: [], known: {} });
  });

  it('recognises an act the server already shows (its answer lost), so it is not applied twice', () => {
    const published = applyAct(null, publish);
    expect(isApplied(null, publish)).toBe(false);
    expect(isApplied(published, publish)).toBe(true);
    expect(isApplied(published, { ...publish, at: '2027-01-03T08:00:00.000Z' })).toBe(false);
    expect(isApplied(applyAct(published, withdraw), withdraw)).toBe(true);
  });
});
