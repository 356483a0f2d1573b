import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** One meeting: its steps, agenda, attendance register and minutes. */
export class MeetingPage {
  constructor(private readonly page: Page) {}

  /** From anywhere in the app: the meeting titled `title` in the list, its Minutes tab, one item. */
  /** Opens a meeting's page from the Meetings list. */
  static async open(page: Page, title: string): Promise<MeetingPage> {
    await new AppShell(page).goTo('Meetings');
    await page.getByRole('table', { name: 'Meetings' }).getByRole('link', { name: title }).click();
    return new MeetingPage(page);
  }

  /** Opens a meeting's minutes at an item (the meeting must be open, or its minutes written). */
  static async openMinutes(page: Page, title: string, item: RegExp): Promise<MeetingPage> {
    const meeting = await MeetingPage.open(page, title);
    await meeting.tab('Minutes');
    await meeting.openItem(item);
    return meeting;
  }

  async tab(name: 'Agenda' | 'Attendance' | 'Minutes' | 'Particulars'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** Takes a lifecycle step, answering its confirmation (and reason) when asked. */
  async step(label: string, reason?: string): Promise<void> {
    const button = this.page.getByRole('group', { name: 'Meeting steps' }).getByRole('button', { name: label });
    await button.click();
    const dialog = this.page.getByRole('dialog', { name: label });
    // Either the step asks first (a reason, or opening on another day than scheduled) or it is
    // taken at once and its button leaves the page: wait for whichever happens, not a guess.
    // (An open dialog hides the page from the accessibility tree, hence `includeHidden`.)
    const stepButton = this.page.getByRole('group', { name: 'Meeting steps', includeHidden: true }).getByRole('button', { name: label, includeHidden: true });
    const asked = await Promise.race([
      dialog.waitFor({ state: 'visible', timeout: 15_000 }).then(
        () => true,
        () => false,
      ),
      stepButton.waitFor({ state: 'detached', timeout: 15_000 }).then(
        () => false,
        () => false,
      ),
    ]);
    if (asked) {
      if (reason) await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
      await dialog.getByRole('button', { name: label }).click();
    }
  }

  // Agenda
  agendaRows(): Locator {
    return this.page.getByRole('list', { name: 'Agenda items' }).getByRole('listitem');
  }

  async agendaLines(): Promise<string[]> {
    return this.agendaRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  }

  async addItem(item: {
    title: string;
    placement: RegExp;
    reportReference?: string;
    presenter?: string;
    inCommittee?: boolean;
    lateReason?: string;
  }): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Agenda' })
      .getByRole('button', { name: /^Add (late )?item$/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Add agenda item' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(item.title);
    // A click that lands while the dialog still opens leaves the list closed (seen under load): open it until it shows.
    await expect(async () => {
      if (!(await this.page.getByRole('listbox').isVisible())) await dialog.getByRole('combobox', { name: 'Place on the agenda' }).click();
      await expect(this.page.getByRole('option', { name: item.placement })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await this.page.getByRole('option', { name: item.placement }).click();
    if (item.lateReason) await dialog.getByRole('textbox', { name: 'Why the item is late' }).fill(item.lateReason);
    if (item.reportReference) await dialog.getByRole('textbox', { name: 'Report reference' }).fill(item.reportReference);
    if (item.presenter) await dialog.getByRole('textbox', { name: 'Presenter' }).fill(item.presenter);
    if (item.inCommittee) await dialog.getByRole('checkbox', { name: /Taken in committee/ }).check();
    await dialog.getByRole('button', { name: 'Add item' }).click();
    await expect(dialog).toBeHidden();
  }

  async moveItem(label: string, direction: 'up' | 'down'): Promise<void> {
    await this.page.getByRole('button', { name: `Move ${label} ${direction}` }).click();
  }

  // Attendance
  /** The attendance select of a member's row (a native select). */
  attendanceOf(member: string): Locator {
    return this.page.getByRole('combobox', { name: `Attendance of ${member}` });
  }

  async setAttendance(member: string, status: string): Promise<void> {
    await this.attendanceOf(member).selectOption({ label: status });
  }

  /** The state shown on a member's row: "Present", "Not recorded"… */
  async expectAttendance(member: string, status: string): Promise<void> {
    await expect.poll(() => this.attendanceOf(member).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '')).toBe(status);
  }

  async setTime(label: string, time: string): Promise<void> {
    const field = this.page.getByRole('textbox', { name: label });
    await field.fill(time);
    await field.blur();
  }

  quorum(): Locator {
    return this.page.getByRole('status', { name: 'Quorum' }).first();
  }

  // Minutes
  /** Opens an item's minutes and waits until they are shown: a click straight after would otherwise act on the item before. */
  async openItem(label: RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Agenda items to minute' }).getByRole('button', { name: label }).click();
    await expect(this.page.getByRole('region', { name: /^Minutes of item/ }).getByRole('heading', { level: 2, name: label })).toBeVisible();
  }

  async typeDiscussion(itemNumber: string, text: string): Promise<void> {
    const editor = this.page.getByRole('textbox', { name: `Discussion of item ${itemNumber}` });
    await editor.click();
    await this.page.keyboard.type(text);
    await expect(this.page.getByRole('status', { name: `Discussion of item ${itemNumber} saved state` })).toHaveText(/Saved/);
  }

  resolution(number: string | RegExp): Locator {
    return this.page.getByRole('region', { name: typeof number === 'string' ? `Resolution ${number}` : number });
  }
}
