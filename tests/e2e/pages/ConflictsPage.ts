import { expect, type Page } from '@playwright/test';

/** The Conflicts page, and its entry with a count in the navigation. */
export class ConflictsPage {
  constructor(private readonly page: Page) {}

  navigationLink() {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Conflicts/ });
  }

  async open(): Promise<void> {
    await this.navigationLink().click();
    await expect(this.page.getByRole('heading', { name: 'Conflicts', level: 1 })).toBeVisible();
  }

  record(label: string) {
    return this.page.getByRole('region', { name: label });
  }

  field(recordLabel: string, fieldLabel: string) {
    return this.record(recordLabel).getByRole('group', { name: fieldLabel });
  }
}
