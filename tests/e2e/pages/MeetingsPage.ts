import { expect, type Page } from '@playwright/test';
import { dateField, typeDate } from './DateInput';

export interface MeetingDetails {
  body: string;
  title?: string;
  date: string;
  start: string;
  end?: string;
  venue: string;
}

/** The meetings list and the schedule-meeting dialog. */
export class MeetingsPage {
  constructor(private readonly page: Page) {}

  table() {
    return this.page.getByRole('table', { name: 'Meetings' });
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'Schedule a meeting' });
  }

  async fillSchedule(details: MeetingDetails): Promise<void> {
    await this.page.getByRole('button', { name: 'Schedule meeting' }).first().click();
    const dialog = this.dialog();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Body' }).click();
    await this.page.getByRole('option', { name: details.body, exact: true }).click();
    if (details.title !== undefined) await dialog.getByRole('textbox', { name: 'Title' }).fill(details.title);
    await typeDate(dateField(dialog, 'Date'), details.date);
    await dialog.getByLabel('Starts').fill(details.start);
    if (details.end) await dialog.getByLabel('Ends').fill(details.end);
    await dialog.getByRole('textbox', { name: 'Venue' }).fill(details.venue);
  }

  async submitSchedule(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Schedule meeting' }).click();
  }
}
