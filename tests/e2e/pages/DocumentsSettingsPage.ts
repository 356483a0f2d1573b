import { expect, type Page } from '@playwright/test';

/** Settings → Documents: the letterhead template Word exports use. */
export class DocumentsSettingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Documents' }).click();
    await expect(this.letterhead()).toBeVisible();
  }

  letterhead() {
    return this.page.getByRole('region', { name: 'Letterhead for Word documents' });
  }

  /** What the page says is in use: the built-in letterhead or a template's file name. */
  inUse() {
    return this.letterhead().getByRole('status').filter({ hasText: 'In use:' });
  }

  async chooseTemplate(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.letterhead().getByLabel('Choose a Word template (.docx)').setInputFiles(file);
  }

  async removeTemplate(): Promise<void> {
    await this.letterhead().getByRole('button', { name: 'Remove template' }).click();
  }

  refusal() {
    return this.letterhead().getByRole('alert');
  }

  confirmation() {
    return this.letterhead().getByRole('status').filter({ hasNotText: 'In use:' });
  }
}
