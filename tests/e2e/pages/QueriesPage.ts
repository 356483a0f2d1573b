import { expect, type Locator, type Page } from '@playwright/test';
import { dateField, typeDate } from './DateInput';

export interface NewResident {
  name: string;
  phone?: string;
  ward?: string;
  consent?: boolean;
}

export interface QueryDetails {
  subject: string;
  description?: string;
  category: string;
  channel?: string;
  ward?: string;
  priority?: string;
  dueDate?: string;
}

/** The work queues, the intake form and one query's page. */
export class QueriesPage {
  constructor(private readonly page: Page) {}

  table(): Locator {
    return this.page.getByRole('table', { name: 'Queries' });
  }

  row(subject: string | RegExp): Locator {
    return this.table().getByRole('row', { name: subject });
  }

  async openQueue(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  async chooseDepartmentQueue(department: string): Promise<void> {
    await this.openQueue('By department');
    await this.page.getByRole('combobox', { name: 'Queue of department' }).click();
    await this.page.getByRole('option', { name: department, exact: true }).click();
  }

  filters(): Locator {
    return this.page.getByRole('search', { name: 'Filter the queries' });
  }

  async search(text: string): Promise<void> {
    await this.filters().getByRole('searchbox', { name: 'Search the queries' }).fill(text);
  }

  async filter(label: string, option: string): Promise<void> {
    await this.filters().getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  // ── Intake ──

  form(): Locator {
    return this.page.getByRole('form', { name: 'Log a query' });
  }

  async startIntake(): Promise<void> {
    await this.page.getByRole('link', { name: 'Log a query' }).click();
    await expect(this.page.getByRole('heading', { name: 'Log a query', level: 1 })).toBeVisible();
  }

  /** Types in the stakeholder box and takes the "add as new" choice, then fills the new stakeholder. */
  async addNewResident(resident: NewResident): Promise<void> {
    const picker = this.form().getByRole('combobox', { name: 'Stakeholder' });
    await picker.fill(resident.name);
    await this.page.getByRole('option', { name: `Add “${resident.name}” as a new stakeholder` }).click();
    const fieldset = this.form().getByRole('group', { name: 'New stakeholder' });
    await expect(fieldset.getByRole('textbox', { name: 'Full name' })).toHaveValue(resident.name);
    if (resident.phone) await fieldset.getByRole('textbox', { name: 'Phone' }).fill(resident.phone);
    if (resident.ward) await fieldset.getByRole('textbox', { name: 'Ward' }).fill(resident.ward);
    if (resident.consent) await fieldset.getByRole('checkbox', { name: /consented/ }).check();
  }

  async pickStakeholder(typed: string, name: string): Promise<void> {
    await this.form().getByRole('combobox', { name: 'Stakeholder' }).fill(typed);
    await this.page
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
  }

  private async select(label: string, option: string, scope: Locator): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The query's own fields, apart from a new stakeholder's. */
  queryFields(): Locator {
    return this.form().getByRole('group', { name: 'The query' });
  }

  async fillQuery(details: QueryDetails): Promise<void> {
    const form = this.queryFields();
    if (details.channel) await this.select('Channel', details.channel, form);
    await form.getByRole('textbox', { name: 'Subject' }).fill(details.subject);
    if (details.description !== undefined) await form.getByRole('textbox', { name: 'Description' }).fill(details.description);
    if (details.category) await this.select('Category', details.category, form);
    if (details.ward !== undefined) await form.getByRole('textbox', { name: 'Ward' }).fill(details.ward);
    if (details.priority) await this.select('Priority', details.priority, form);
    if (details.dueDate) await typeDate(dateField(form, 'Agreed due date'), details.dueDate);
  }

  serviceStandard(): Locator {
    return this.page.getByRole('status', { name: 'Service standard' });
  }

  async saveWithKeyboard(): Promise<void> {
    await this.queryFields().getByRole('textbox', { name: 'Subject' }).press('Control+Enter');
  }

  async save(): Promise<void> {
    await this.form().getByRole('button', { name: 'Log query' }).click();
  }

  // ── One query ──

  facts(): Locator {
    return this.page.getByRole('region', { name: 'The query' });
  }

  timeline(): Locator {
    return this.page.getByRole('list', { name: 'Timeline' });
  }

  async act(action: string, fill: Record<string, string> = {}, selects: Record<string, string> = {}): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Actions on the query' }).getByRole('button', { name: action, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    for (const [label, option] of Object.entries(selects)) await this.select(label, option, dialog);
    for (const [label, value] of Object.entries(fill)) await dialog.getByRole('textbox', { name: label }).fill(value);
    await dialog.getByRole('button', { name: await this.submitLabel(dialog) }).click();
  }

  private async submitLabel(dialog: Locator): Promise<string> {
    const buttons = await dialog.getByRole('button').allInnerTexts();
    return buttons.filter((b) => b !== 'Cancel').pop() ?? 'OK';
  }

  async expectDialogClosed(): Promise<void> {
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }
}
