/**
 * Word documents from the browser build: the resolution register and the quarterly progress
 * report of the demo municipality arrive as downloads that an independent reader (mammoth)
 * reads back; a municipality's own letterhead template is refused when broken and used when
 * good; and the register follows the filters on screen.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { DocumentExports } from './pages/DocumentExports';
import { DocumentsSettingsPage } from './pages/DocumentsSettingsPage';
import { WelcomePage } from './pages/WelcomePage';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Positions of the needles in the text, each after the one before; fails with the missing one. */
function expectInOrder(text: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

test.beforeEach(async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.open();
  await welcome.loadDemo('Thuli Secretary');
});

test('the resolution register of the demo municipality is exported to Word', async ({ page }, testInfo) => {
  await new AppShell(page).goTo('Resolutions');
  const exports = new DocumentExports(page);
  const register = await exports.capture(testInfo.outputDir, () => exports.button('Export register').click());

  expect(register.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Resolution Register\.docx$/);
  expectInOrder(register.text, ['Resolution register', 'All resolutions in the register.', '4 resolutions listed.']);
  expectInOrder(register.text, ['Number', 'Date', 'Body', 'Title', 'Responsible', 'Due', 'Status', 'Last progress note']);
  // Every number on screen is in the document, in the same order (newest first).
  const rows = page.getByRole('table', { name: 'Resolutions' }).getByRole('row');
  await expect(rows).toHaveCount(5);
  const numbers: string[] = [];
  for (let i = 1; i < 5; i += 1) numbers.push((await rows.nth(i).getByRole('cell').first().textContent()) ?? '');
  for (const number of numbers) expect(number).toMatch(/^C \d+\/\d{4}$/);
  expectInOrder(register.text, numbers);
  expectInOrder(register.text, ['Adjustment budget: water infrastructure', 'Budget and Treasury', 'Ronel Steyn', 'Overdue']);
  expect(register.text).toContain('Budget loaded on the financial system; tender specification drafted. (Ronel Steyn)');
  expectInOrder(register.text, ['Motion on after-hours clinic services', 'Motion failed']);
});

test('the printed register follows the filters on screen', async ({ page }, testInfo) => {
  await new AppShell(page).goTo('Resolutions');
  await page.goto('./#/resolutions?outcome=failed');
  await expect(page.getByRole('table', { name: 'Resolutions' }).getByRole('row')).toHaveCount(2);
  const exports = new DocumentExports(page);
  const register = await exports.capture(testInfo.outputDir, () => exports.button('Export register').click());
  expect(register.text).toContain('Filtered by Outcome: Failed.');
  expect(register.text).toContain('Motion on after-hours clinic services');
  expect(register.text).not.toContain('Adjustment budget: water infrastructure');
});

test('a long register export shows its progress off the main thread, and Cancel saves nothing', async ({ page }) => {
  // A slow build, as a register of thousands of rows is: the worker's finished file is held back
  // until the test lets it through (after Cancel), however quickly this machine built it.
  await page.evaluate(() => {
    const Native = window.Worker;
    const held: Array<() => void> = [];
    (window as unknown as { releaseWorkerAnswers: () => void }).releaseWorkerAnswers = () => held.splice(0).forEach((answer) => answer());
    window.Worker = class HeldWorker extends Native {
      override set onmessage(listener: ((event: MessageEvent) => void) | null) {
        const finished = (event: MessageEvent) => (event.data as { type?: string }).type === 'done';
        super.onmessage = listener
          ? (event: MessageEvent) => (finished(event) ? held.push(() => listener.call(this, event)) : listener.call(this, event))
          : null;
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await new AppShell(page).goTo('Resolutions');
  await new DocumentExports(page).button('Export register').click();
  const panel = page.getByRole('region', { name: 'Exporting the resolution register' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('progressbar', { name: 'Exporting the resolution register' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('export-progress.png') });
  // The page stays usable meanwhile: the register's filters still answer.
  await expect(page.getByRole('table', { name: 'Resolutions' })).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByRole('alert')).toContainText('The resolution register export was cancelled: no file was saved.');
  await expect(panel).toBeHidden();
  // The worker's answer arrives after the Cancel: it must save nothing.
  await page.evaluate(() => (window as unknown as { releaseWorkerAnswers: () => void }).releaseWorkerAnswers());
  await page.waitForTimeout(1_000);
  expect(downloads).toEqual([]);
  await expect(page.getByRole('alert')).toContainText('The resolution register export was cancelled: no file was saved.');
});

test('the quarterly progress report on resolutions is exported for a chosen body and quarter', async ({ page }, testInfo) => {
  await new AppShell(page).goTo('Resolutions');
  const exports = new DocumentExports(page);
  await exports.button('Quarterly report').click();
  const dialog = exports.quarterlyDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Body' })).toHaveText('Council');
  const quarter = (await dialog.getByRole('combobox', { name: 'Quarter' }).textContent()) ?? '';
  expect(quarter).toMatch(/^Quarter [1-4] of \d{4}\/\d{2} \(/);
  await expect(dialog.getByRole('radio', { name: /^Public/ })).toBeChecked();

  const report = await exports.capture(testInfo.outputDir, () => dialog.getByRole('button', { name: 'Export report' }).click());
  expect(report.fileName).toMatch(/^\d{4}-\d{2} Q[1-4] Council Resolutions Progress Report\.docx$/);
  expectInOrder(report.text, [
    'Progress report on the implementation of council resolutions',
    `Council: ${quarter}`,
    'Item',
    'Description',
    'Resolution',
    'Responsibility',
    'Progress',
    'Status',
    'Adjustment budget: water infrastructure',
    'THAT the adjustment budget for the refurbishment of the Mopane Ridge water treatment works be approved.',
    'Budget and Treasury',
    'Ronel Steyn',
  ]);
  // A failed motion has nothing to implement.
  expect(report.text).not.toContain('Motion on after-hours clinic services');
});

test('a broken letterhead template is refused, a good one is used for exports, and it can be removed', async ({ page }, testInfo) => {
  const settings = new DocumentsSettingsPage(page);
  await settings.open();
  await expect(settings.inUse()).toContainText('In use: the built-in letterhead');

  await settings.chooseTemplate({ name: 'Letterhead.docx', mimeType: DOCX, buffer: Buffer.from('PK\u0003\u0004 this is not really Word') });
  await expect(settings.refusal()).toContainText('Not used: “Letterhead.docx” could not be read as a Word document');
  await expect(settings.refusal()).toContainText('The built-in letterhead is still in use.');
  await expect(settings.inUse()).toContainText('In use: the built-in letterhead');

  await settings.chooseTemplate({ name: 'Old letterhead.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
  await expect(settings.refusal()).toContainText('is not a .docx file');

  const template = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'OFFICIAL LETTERHEAD OF {{municipality}}', bold: true })] }),
            new Paragraph('{{content}}'),
            new Paragraph('Kept by the Council Support Operations Unit'),
          ],
        },
      ],
    }),
  );
  await settings.chooseTemplate({ name: 'Mopane letterhead.docx', mimeType: DOCX, buffer: template });
  await expect(settings.confirmation()).toContainText('“Mopane letterhead.docx” is now used for Word exports.');
  await expect(settings.inUse()).toContainText('In use: Mopane letterhead.docx');

  await page.reload();
  await expect(settings.inUse()).toContainText('In use: Mopane letterhead.docx');
  await new AppShell(page).goTo('Resolutions');
  const exports = new DocumentExports(page);
  const templated = await exports.capture(testInfo.outputDir, () => exports.button('Export register').click());
  expectInOrder(templated.text, [
    'OFFICIAL LETTERHEAD OF Mopane Ridge Local Municipality',
    'Resolution register',
    'Adjustment budget: water infrastructure',
    'Kept by the Council Support Operations Unit',
  ]);

  await settings.open();
  await settings.removeTemplate();
  await expect(settings.inUse()).toContainText('In use: the built-in letterhead');
  await new AppShell(page).goTo('Resolutions');
  const plain = await exports.capture(testInfo.outputDir, () => exports.button('Export register').click());
  expect(plain.text).not.toContain('OFFICIAL LETTERHEAD');
  expect(plain.text).toContain('Resolution register');
});
