import { expect, type Locator, type Page } from '@playwright/test';

/** The dashboard's figures and charts, each chart readable as a table. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  figure(label: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${label}: \\d+$`) });
  }

  async figureValue(label: string): Promise<number> {
    const name = (await this.figure(label).getAttribute('aria-label')) ?? '';
    return Number(name.split(': ').pop());
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** Switches a chart to its table and returns the table. */
  async asTable(title: string): Promise<Locator> {
    const card = this.card(title);
    await card.getByRole('button', { name: 'Table' }).click();
    const table = card.getByRole('table', { name: title });
    await expect(table).toBeVisible();
    return table;
  }
}
