import { expect, type Page } from '@playwright/test';

export interface SyncAccount {
  serverUrl: string;
  prefix: string;
  username: string;
  password: string;
}

/** Settings → Sync, and the sync state in the app bar. */
export class SyncSettingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Sync' }).click();
    await expect(this.page.getByRole('region', { name: 'Sync server' })).toBeVisible();
  }

  form() {
    return this.page.getByRole('form', { name: 'Sync server' });
  }

  async fill(account: SyncAccount): Promise<void> {
    const form = this.form();
    await form.getByLabel('Server address').fill(account.serverUrl);
    await form.getByLabel('Database prefix').fill(account.prefix);
    await form.getByLabel('User name').fill(account.username);
    await form.getByLabel('Password').fill(account.password);
  }

  async testConnection(): Promise<void> {
    await this.form().getByRole('button', { name: 'Test connection' }).click();
    await expect(this.page.getByRole('region', { name: 'Connection test' })).toBeVisible();
  }

  connectionTest() {
    return this.page.getByRole('region', { name: 'Connection test' });
  }

  async saveAndConnect(account: SyncAccount): Promise<void> {
    await this.fill(account);
    await this.form().getByRole('button', { name: 'Save and connect' }).click();
    await expect(this.form().getByText(/Saved\. Sync starts now\./)).toBeVisible();
  }

  /** The sync state in the app bar. */
  status() {
    return this.page.getByRole('button', { name: /^Sync: / });
  }

  async expectStatus(text: RegExp, timeout = 30_000): Promise<void> {
    await expect(this.status()).toHaveAccessibleName(text, { timeout });
  }

  async openLog(): Promise<void> {
    await this.status().click();
    await expect(this.page.getByRole('dialog', { name: 'Sync' })).toBeVisible();
  }

  log() {
    return this.page.getByRole('dialog', { name: 'Sync' });
  }

  /** "On this laptop" of one collection in the sync log's table. */
  async recordsOnLaptop(label: string): Promise<number> {
    const row = this.log()
      .getByRole('table', { name: 'Records and changes waiting' })
      .getByRole('row', { name: new RegExp(`^${label}`) });
    const text = (await row.getByRole('cell').first().innerText()).replace(/\s/g, '');
    return Number(text);
  }
}
