/**
 * The sample documents, a minutes full of hostile text, and minutes poured into a letterhead
 * that LibreOffice itself wrote, all converted to PDF by LibreOffice headless: every
 * conversion must succeed, and the PDFs must say what the records say ("Page 1 of N" too).
 * Fails when LibreOffice is missing: CI installs libreoffice-writer-nogui and poppler-utils.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/documents/minutes';
import { buildSampleDocuments } from '../../shared/documents/samples/sample-documents';
import { inspectTemplate } from '../../shared/documents/template';
import { SECRETS, minutesInput } from '../unit/shared/documents/support/fixtures';

const run = promisify(execFile);
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

/** LibreOffice headless with its own profile, so parallel runs never share one. */
async function soffice(folder: string, args: string[]): Promise<void> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed: install libreoffice-writer-nogui.');
  const profile = path.join(folder, 'lo-profile');
  await run(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, ...args], { timeout: 180_000 });
}

/**
 * The PDF's text with every run of whitespace (line breaks included) made one space: where
 * LibreOffice breaks a line depends on the fonts installed and its first-run profile, not on
 * the document, so the tests compare words, not lines.
 */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

describe('documents converted to PDF by LibreOffice', () => {
  let folder = '';
  let names: string[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'quorum-pdf-'));
    const samples = await buildSampleDocuments(new Date('2026-11-23T08:00:00Z'));
    for (const sample of samples) await writeFile(path.join(folder, sample.fileName), sample.bytes);
    await writeFile(path.join(folder, 'Hostile minutes.docx'), await buildMinutesDocument(minutesInput('full')));

    // A letterhead written by another program: LibreOffice turns an HTML page into a .docx.
    await writeFile(
      path.join(folder, 'letterhead.html'),
      '<html><body><p><b>LETTERHEAD OF {{municipality}}</b></p><p>{{title}}</p><p>{{content}}</p><p>Issued for {{body}}</p></body></html>',
    );
    await soffice(folder, [
      '--infilter=HTML (StarWriter)',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      path.join(folder, 'template'),
      path.join(folder, 'letterhead.html'),
    ]);
    const template = await readFile(path.join(folder, 'template', 'letterhead.docx'));
    await inspectTemplate('letterhead.docx', template);
    await writeFile(path.join(folder, 'Templated minutes PUBLIC.docx'), await buildMinutesDocument(minutesInput('public'), { template }));

    names = (await readdir(folder)).filter((name) => name.endsWith('.docx'));
    await soffice(folder, ['--convert-to', 'pdf', '--outdir', path.join(folder, 'pdf'), ...names.map((name) => path.join(folder, name))]);
  }, 300_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('has LibreOffice to convert with', () => {
    expect(SOFFICE, 'LibreOffice (soffice) must be installed').toBeDefined();
  });

  it('converts every document, each to at least one page numbered "Page 1 of N"', async () => {
    expect(names).toHaveLength(7);
    for (const name of names) {
      const pdf = path.join(folder, 'pdf', name.replace(/\.docx$/, '.pdf'));
      expect(existsSync(pdf), `${name} was not converted`).toBe(true);
      const pages = await pdfPages(pdf);
      expect(pages, name).toBeGreaterThan(0);
      if (!name.startsWith('Templated')) expect(await pdfText(pdf), name).toContain(`Page 1 of ${pages}`);
    }
  });

  it('keeps in-committee content out of the public PDFs and in the full ones', async () => {
    const pdfs = (await readdir(path.join(folder, 'pdf'))).filter((n) => /Council (Agenda|Minutes)/.test(n));
    expect(pdfs).toHaveLength(4);
    for (const pdf of pdfs) {
      const text = await pdfText(path.join(folder, 'pdf', pdf));
      expect(text.includes('Legal opinion on a labour dispute'), pdf).toBe(!pdf.includes('PUBLIC'));
      expect(text.includes('Confidential item'), pdf).toBe(pdf.includes('PUBLIC'));
    }
  });

  it('shows draft minutes with DRAFT, resolutions and votes, and the register in landscape', async () => {
    const minutes = (await readdir(path.join(folder, 'pdf'))).find((n) => /Council Minutes DRAFT\.pdf$/.test(n))!;
    const text = await pdfText(path.join(folder, 'pdf', minutes));
    expect(text).toContain('DRAFT');
    expect(text).toMatch(/RESOLVED\s+C \d+\/\d{4}\s+Adjustment budget: water infrastructure/);
    expect(text).toMatch(/Failed: \d+ for, \d+ against/);
    expect(text).toMatch(/Carried: \d+ for, \d+ against, \d+ abstentions?\. A majority of all the members of the body was required\./);
    expect(text).toMatch(/MOTION FAILED\s+C \d+\/\d{4}\s+Motion on after-hours clinic services/);
    const register = (await readdir(path.join(folder, 'pdf'))).find((n) => n.endsWith('Resolution Register.pdf'))!;
    const { stdout } = await run('pdfinfo', [path.join(folder, 'pdf', register)]);
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout) ?? [];
    expect(Number(width)).toBeGreaterThan(Number(height));
  });

  it('shows hostile text literally and opens templated minutes from another program’s letterhead', async () => {
    const hostile = await pdfText(path.join(folder, 'pdf', 'Hostile minutes.pdf'));
    expect(hostile).toContain('<script>alert("x")</script> & Co <b>bold</b>');
    const templated = await pdfText(path.join(folder, 'pdf', 'Templated minutes PUBLIC.pdf'));
    expect(templated).toContain('LETTERHEAD OF Thaba Nkosi Local Municipality');
    expect(templated).toContain('Issued for Council');
    expect(templated).toContain('Carried unanimously.');
    for (const secret of SECRETS) expect(templated).not.toContain(secret);
  });
});
