/**
 * Independent readers of the .docx files the builders write: mammoth (Node) for the text and
 * its HTML structure, and Debian's python3-docx for styles, sections, headers, footers and
 * table header rows. Neither shares code with the docx package that wrote the file.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';

const run = promisify(execFile);

/** Debian's interpreter: the `python3` on PATH may be another one without python-docx. */
export const DEBIAN_PYTHON = '/usr/bin/python3';
const READER = path.join(import.meta.dirname, 'read_docx.py');

export async function mammothText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}

export async function mammothHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return result.value;
}

export interface PythonDocxSection {
  orientation: 'portrait' | 'landscape';
  pageWidth: number;
  pageHeight: number;
  leftMargin: number;
  titlePage: boolean;
  header: string | null;
  firstPageHeader: string | null;
  footerFields: string[];
  firstPageFooterFields: string[];
}

export interface PythonDocxReading {
  /** Pictures in the package, such as the logo. */
  images: number;
  title: string;
  author: string;
  subject: string;
  lastModifiedBy: string;
  sections: PythonDocxSection[];
  paragraphs: { style: string; text: string; numbered: boolean }[];
  tables: { rows: string[][]; headerRows: number }[];
}

/** What python-docx reads from the file. Fails if python-docx cannot open it. */
export async function readWithPythonDocx(bytes: Uint8Array): Promise<PythonDocxReading> {
  const folder = await mkdtemp(path.join(tmpdir(), 'quorum-docx-'));
  try {
    const file = path.join(folder, 'document.docx');
    await writeFile(file, bytes);
    const { stdout } = await run(DEBIAN_PYTHON, [READER, file], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as PythonDocxReading;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The index of each needle in the text, in order; -1 for one missing. */
export function positions(text: string, needles: readonly string[]): number[] {
  return needles.map((needle) => text.indexOf(needle));
}

/** True when every needle is found, each after the one before. */
export function inOrder(text: string, needles: readonly string[]): boolean {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at < 0) return false;
    from = at + needle.length;
  }
  return true;
}
