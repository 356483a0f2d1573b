/**
 * `npm run export:sample -- --out DIR`: writes the demo municipality's public and full agenda,
 * draft minutes and resolution register as .docx files into DIR, through the app's own
 * document builders. For scripted use and for checking the documents by eye or with tools.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSampleDocuments } from '../shared/documents/samples/sample-documents';

function outputFolder(args: readonly string[]): string | null {
  const index = args.indexOf('--out');
  if (index >= 0) return args[index + 1] ?? null;
  const inline = args.find((a) => a.startsWith('--out='));
  return inline ? inline.slice('--out='.length) : null;
}

async function main(): Promise<void> {
  const out = outputFolder(process.argv.slice(2));
  if (!out) {
    console.error('Usage: npm run export:sample -- --out DIR');
    process.exitCode = 2;
    return;
  }
  const folder = path.resolve(out);
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  const documents = await buildSampleDocuments(new Date());
  for (const document of documents) {
    await writeFile(path.join(folder, document.fileName), document.bytes);
    console.log(`${path.join(folder, document.fileName)} (${Math.round(document.bytes.byteLength / 1024)} KB)`);
  }
  console.log(`${documents.length} documents written in ${Math.round(performance.now() - started)} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
