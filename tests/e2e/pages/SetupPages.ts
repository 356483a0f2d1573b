import { expect, type Locator, type Page } from '@playwright/test';

/** The dashboard's setup checklist of a new municipality. */
export class SetupChecklist {
  constructor(private readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Setup checklist' });
  }

  step(title: string): Locator {
    return this.region().getByRole('listitem', { name: new RegExp(`^${title}: `) });
  }

  async expectStep(title: string, state: 'done' | 'to do'): Promise<void> {
    await expect(this.region().getByRole('listitem', { name: `${title}: ${state}` })).toBeVisible();
  }

  async follow(action: string): Promise<void> {
    await this.region().getByRole('link', { name: action }).click();
  }
}

/** Settings → General: the municipality's particulars, its departments, and who uses this laptop. */
export class GeneralSettingsPage {
  constructor(private readonly page: Page) {}

  municipality(): Locator {
    return this.page.getByRole('region', { name: 'Municipality' });
  }

  async fillParticulars(fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) await this.municipality().getByRole('textbox', { name: label }).fill(value);
    await this.municipality().getByRole('button', { name: 'Save municipality details' }).click();
  }

  departments(): Locator {
    return this.page.getByRole('region', { name: 'Departments' });
  }

  departmentRow(name: string): Locator {
    return this.departments()
      .getByRole('table', { name: 'Departments' })
      .getByRole('row', { name: new RegExp(`^${name} `) });
  }

  async addDepartment(name: string, code = ''): Promise<void> {
    const form = this.departments().getByRole('form', { name: 'Add a department' });
    await form.getByRole('textbox', { name: 'New department’s name' }).fill(name);
    await form.getByRole('textbox', { name: 'Code' }).fill(code);
    const add = form.getByRole('button', { name: 'Add department' });
    await add.click();
    // The button is disabled while the department is saved: wait for the outcome.
    await expect(add).toBeEnabled();
  }

  async renameDepartment(from: string, to: string): Promise<void> {
    await this.departments()
      .getByRole('button', { name: `Rename ${from}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Rename ${from}` });
    await dialog.getByRole('textbox', { name: 'Department’s name' }).fill(to);
    await dialog.getByRole('button', { name: 'Save name' }).click();
    await expect(dialog).toHaveCount(0);
  }

  async iAm(option: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Which official you are' });
    await form.getByRole('combobox', { name: 'I am (for “My queries”)' }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await form.getByRole('button', { name: 'Save who I am' }).click();
    await expect(form.getByRole('alert')).toContainText('“My queries” now lists the queries assigned to you.');
  }
}

/** Members & committees: councillors, officials and bodies. */
export class MembersPage {
  constructor(private readonly page: Page) {}

  async choose(dialog: Locator, label: string, option: string): Promise<void> {
    await dialog.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async addPerson(
    tab: 'Councillors' | 'Officials',
    person: { title?: string; fullName: string; position?: string; department?: string; seat?: string },
  ): Promise<Locator> {
    await this.page.getByRole('tab', { name: tab }).click();
    await this.page.getByRole('button', { name: tab === 'Officials' ? 'Add official' : 'Add councillor' }).click();
    const dialog = this.page.getByRole('dialog');
    if (person.title) await dialog.getByRole('textbox', { name: 'Title' }).fill(person.title);
    await dialog.getByRole('textbox', { name: 'Full name' }).fill(person.fullName);
    if (person.seat) await this.choose(dialog, 'Seat', person.seat);
    if (person.position) await dialog.getByRole('textbox', { name: 'Position' }).fill(person.position);
    if (person.department) await this.choose(dialog, 'Department', person.department);
    return dialog;
  }

  /** Opens Add body and fills it (name, code, kind, members chosen by name); the caller adds it with `save`. */
  async fillBody(body: { name: string; code: string; kind: string; members: readonly string[] }): Promise<Locator> {
    await this.page.getByRole('tab', { name: 'Council and committees' }).click();
    await this.page.getByRole('button', { name: 'Add body' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a council or committee' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(body.name);
    await dialog.getByRole('textbox', { name: 'Code' }).fill(body.code);
    await this.choose(dialog, 'Kind of body', body.kind);
    for (const name of body.members) {
      await dialog.getByRole('combobox', { name: 'Members' }).fill(name.split(' ')[0] ?? name);
      await this.page.getByRole('option', { name }).click();
    }
    return dialog;
  }

  async save(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: /^(Add|Save)( body)?$/ }).click();
    await expect(dialog).toHaveCount(0);
  }
}
