import { expect, type Page } from '@playwright/test';

/** The first-run screen. */
export class WelcomePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: 'Welcome to Quorum', level: 1 })).toBeVisible();
  }

  async loadDemo(userName = 'Thuli Secretary'): Promise<void> {
    await this.page.getByLabel('Your name').fill(userName);
    await this.page.getByRole('radio', { name: /Load demo municipality/ }).check();
    await this.page.getByRole('button', { name: 'Load demo municipality' }).click();
    await expect(this.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  }

  async startOwn(userName: string, municipality: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(userName);
    await this.page.getByRole('radio', { name: 'Set up my own municipality' }).check();
    await this.page.getByLabel('Municipality name').fill(municipality);
    await this.page.getByRole('button', { name: 'Start' }).click();
    await expect(this.page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  }
}
