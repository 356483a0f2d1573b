import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Settings → Backup: backing up (a download in the browser) and restoring (a file chooser). */
export class BackupPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await this.page.getByRole('tab', { name: 'Backup' }).click();
    await expect(this.backUpSection()).toBeVisible();
  }

  backUpSection() {
    return this.page.getByRole('region', { name: 'Back up' });
  }

  restoreSection() {
    return this.page.getByRole('region', { name: 'Restore' });
  }

  /** Backs up and keeps the downloaded file in `folder` under the name the app gave it. */
  async backUp(folder: string): Promise<{ name: string; file: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.backUpSection().getByRole('button', { name: 'Back up now' }).click();
    const download = await downloading;
    const name = download.suggestedFilename();
    const file = path.join(folder, name);
    await download.saveAs(file);
    return { name, file };
  }

  /** Starts a restore and picks `path` in the file chooser. */
  async chooseBackup(path: string): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.restoreSection().getByRole('button', { name: 'Restore from a backup…' }).click();
    await (await choosing).setFiles(path);
  }

  dialog() {
    return this.page.getByRole('dialog', { name: 'Restore from a backup' });
  }

  async choose(choice: 'Restore' | 'Keep my newer changes' | 'Replace with the backup' | 'Cancel'): Promise<void> {
    await this.dialog().getByRole('button', { name: choice, exact: true }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** The outcome of the last restore, success or refusal. */
  restoreOutcome() {
    return this.restoreSection().getByRole(/* success */ 'status').or(this.restoreSection().getByRole('alert'));
  }
}
