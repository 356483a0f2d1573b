import { expect, type Locator, type Page } from '@playwright/test';

/** The stakeholder directory and one stakeholder's page. */
export class StakeholdersPage {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Stakeholders' });
  }

  addDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Add a stakeholder' });
  }

  async startAdding(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expect(this.addDialog()).toBeVisible();
  }

  async fillPerson(details: { name: string; phone?: string; email?: string; ward?: string; purpose?: string }): Promise<void> {
    const dialog = this.addDialog();
    await dialog.getByRole('textbox', { name: 'Full name' }).fill(details.name);
    if (details.phone) await dialog.getByRole('textbox', { name: 'Phone' }).fill(details.phone);
    if (details.email) await dialog.getByRole('textbox', { name: 'Email' }).fill(details.email);
    if (details.ward) await dialog.getByRole('textbox', { name: 'Ward' }).fill(details.ward);
    if (details.purpose !== undefined) await dialog.getByRole('textbox', { name: 'Purpose for keeping the details' }).fill(details.purpose);
  }

  duplicates(scope?: Locator): Locator {
    return (scope ?? this.page).getByRole('region', { name: 'Possible duplicates' });
  }

  async open(name: string): Promise<void> {
    await this.table().getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  details(): Locator {
    return this.page.getByRole('form', { name: 'Stakeholder details' });
  }

  queries(): Locator {
    return this.page.getByRole('list', { name: 'Queries of the stakeholder' });
  }
}
