/**
 * A report attached to an agenda item with no network reaches the server by itself when the
 * network returns, byte for byte (checked with a plain HTTP GET of the attachment); and the
 * scanned signed minutes attach to the meeting.
 */
import { AppShell } from './pages/AppShell';
import { MeetingsPage } from './pages/MeetingsPage';
import { WelcomePage } from './pages/WelcomePage';
import { expect, test } from './support/sync-fixtures';
import { demoOnServer } from './support/laptops';

/** A small but real PDF: the bytes the server must hold afterwards. */
const REPORT = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('a report attached offline reaches the server when the network returns', async ({ page, context, syncServer }) => {
  test.setTimeout(180_000);
  const sync = await demoOnServer(page, syncServer, { timeoutMs: 90_000 });

  await context.setOffline(true);
  await sync.expectStatus(/^Sync: Offline/, 10_000);
  await new AppShell(page).goTo('Meetings');
  await new MeetingsPage(page)
    .table()
    .getByRole('row', { name: /OC 10\// })
    .getByRole('link', { name: 'Ordinary Council Meeting' })
    .click();
  const files = page.getByRole('button', { name: /^Files of 7\.1 Annual report/ });
  await files.click();
  const dialog = page.getByRole('dialog', { name: /^Files of 7\.1 Annual report/ });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Attach the report' }).click();
  await (await choosing).setFiles({ name: 'Annual report 2025-26.pdf', mimeType: 'application/pdf', buffer: REPORT });
  await expect(dialog.getByRole('button', { name: 'Download Annual report 2025-26.pdf' })).toBeVisible();
  await expect(dialog.getByText(/^Report · PDF/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(files).toContainText('1');
  await sync.expectStatus(/^Sync: Offline · \d+ changes? waiting$/, 10_000);

  const item = [...(await syncServer.docs('agendaitems')).values()].find((doc) => String(doc.title).startsWith('Annual report'));
  expect(item?.attachments ?? []).toEqual([]);

  await context.setOffline(false);
  await sync.expectStatus(/Up to date/, 90_000);
  const synced = [...(await syncServer.docs('agendaitems')).values()].find((doc) => String(doc.title).startsWith('Annual report'));
  const refs = synced?.attachments as { id: string; name: string }[];
  expect(refs.map((r) => r.name)).toEqual(['Annual report 2025-26.pdf']);
  await expect.poll(async () => (await syncServer.get(`${syncServer.prefix}attachments/${refs[0]!.id}/file`)).status, { timeout: 60_000 }).toBe(200);
  const response = await syncServer.get(`${syncServer.prefix}attachments/${refs[0]!.id}/file`);
  expect(Buffer.from(await response.arrayBuffer()).equals(REPORT)).toBe(true);
  expect(response.headers.get('content-type')).toContain('application/pdf');
});

test('the scanned signed minutes are attached to the meeting', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
  await new AppShell(page).goTo('Meetings');
  await new MeetingsPage(page)
    .table()
    .getByRole('row', { name: /OC 09\// })
    .getByRole('link', { name: 'Ordinary Council Meeting' })
    .click();
  await page.getByRole('tab', { name: 'Particulars' }).click();
  const section = page.getByRole('region', { name: 'Signed minutes and meeting files' });
  const choosing = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Attach the signed minutes' }).click();
  await (await choosing).setFiles({ name: 'OC 09 signed minutes.pdf', mimeType: 'application/pdf', buffer: REPORT });
  await expect(section.getByText(/^Signed minutes · PDF/)).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Signed minutes and meeting files' }).getByRole('button', { name: 'Download OC 09 signed minutes.pdf' }),
  ).toBeVisible();
});
