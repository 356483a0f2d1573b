import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import mammoth from 'mammoth';

export interface ExportedDocument {
  fileName: string;
  file: string;
  /** The document's text as mammoth, an independent .docx reader, reads it. */
  text: string;
}

/** Word exports in the browser build: a button starts one, the file arrives as a download. */
export class DocumentExports {
  constructor(private readonly page: Page) {}

  /** Runs `start`, keeps the download in `folder` under the name the app gave it, and reads it. */
  async capture(folder: string, start: () => Promise<void>): Promise<ExportedDocument> {
    const downloading = this.page.waitForEvent('download');
    await start();
    const download = await downloading;
    const fileName = download.suggestedFilename();
    const file = path.join(folder, fileName);
    await download.saveAs(file);
    const { value } = await mammoth.extractRawText({ path: file });
    await expect(this.page.getByRole('status').filter({ hasText: `Downloaded ${fileName}` })).toBeVisible();
    return { fileName, file, text: value };
  }

  button(name: string, within: Locator | Page = this.page): Locator {
    return within.getByRole('button', { name, exact: true });
  }

  quarterlyDialog() {
    return this.page.getByRole('dialog', { name: 'Quarterly progress report' });
  }
}
