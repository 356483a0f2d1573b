/**
 * A long agenda (issue 20, "speed you can feel"): the meeting page draws a long list's first rows
 * at once and the rest just after (renderer/src/ui/useProgressiveCount.ts). Every row must be
 * drawn in the end: the last of 80 items appears, is counted by role and label, and its move
 * button works.
 */
import { expect, test } from './support/sync-fixtures';
import { demoOnServer } from './support/laptops';

const MEETING = 'demo-mtg-council-next';
const COUNT = 80;

/**
 * Long item i (1-based), a main item after the draft agenda's `before` main items, spaced as the
 * app spaces them (a move then rewrites two items, not all of them).
 */
function itemDoc(i: number, before: number) {
  const at = '2026-11-30T08:00:00.000Z';
  return {
    _id: `e2e-long-ai-${String(i).padStart(3, '0')}`,
    meetingId: MEETING,
    parentId: '',
    position: (before + i) * 1024,
    title: `Long agenda item ${i}`,
    kind: 'report',
    inCommittee: false,
    decision: 'none',
    createdAt: at,
    createdBy: 'Another Laptop',
    updatedAt: at,
    updatedBy: 'Another Laptop',
    hasConflict: false,
  };
}

test('a long draft agenda draws every item: the last one is listed, counted and moved', async ({ page, syncServer }) => {
  test.setTimeout(240_000);
  await demoOnServer(page, syncServer);
  const agendaOf = async () => [...(await syncServer.docs('agendaitems')).values()].filter((doc) => doc.meetingId === MEETING && !doc._deleted);
  const before = (await agendaOf()).filter((doc) => doc.parentId === '').length;
  await syncServer.database('agendaitems').bulkDocs(Array.from({ length: COUNT }, (_, i) => itemDoc(i + 1, before)));
  const docs = await agendaOf();
  const topLevel = before + COUNT;

  await page.evaluate((id) => {
    window.location.hash = `#/meetings/${id}`;
  }, MEETING);
  const list = page.getByRole('list', { name: 'Agenda items' });
  // The last item, far past the first rows drawn, arrives from the server and is drawn.
  const last = list.getByRole('listitem', { name: `${topLevel} Long agenda item ${COUNT}`, exact: true });
  await expect(last).toBeAttached({ timeout: 60_000 });
  await expect(list.getByRole('listitem')).toHaveCount(docs.length);
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeVisible();

  // Its move button acts on it: it moves up one place and renumbers.
  await page.getByRole('button', { name: `Move ${topLevel} Long agenda item ${COUNT} up` }).click();
  await expect(list.getByRole('listitem', { name: `${topLevel - 1} Long agenda item ${COUNT}`, exact: true })).toBeAttached({ timeout: 30_000 });
  await expect(list.getByRole('listitem', { name: `${topLevel} Long agenda item ${COUNT - 1}`, exact: true })).toBeAttached();
  await expect(list.getByRole('listitem')).toHaveCount(docs.length);
});
