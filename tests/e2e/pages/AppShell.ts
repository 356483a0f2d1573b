import { expect, type Page } from '@playwright/test';

export const SECTION_HEADINGS = {
  Dashboard: 'Dashboard',
  Meetings: 'Meetings',
  Resolutions: 'Resolutions',
  Queries: 'Queries',
  Stakeholders: 'Stakeholders',
  'Members & committees': 'Members & committees',
  Settings: 'Settings',
} as const;

export type SectionName = keyof typeof SECTION_HEADINGS;

/** The navigation and frame around every page. */
export class AppShell {
  constructor(private readonly page: Page) {}

  navigation() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async goTo(section: SectionName): Promise<void> {
    await this.navigation().getByRole('link', { name: section, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: SECTION_HEADINGS[section], level: 1 })).toBeVisible();
  }
}
