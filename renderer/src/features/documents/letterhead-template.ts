/**
 * Adopting and removing the municipality's letterhead template. A file is checked first
 * (shared/documents/template.ts); one that fails is refused with the reason and nothing is
 * saved, so whatever letterhead was in use stays in use.
 */
import { bytesToBase64 } from '@shared/documents/binary';
import type { TemplateReport } from '@shared/documents/template';
import { SETTINGS_DEFAULTS } from '@shared/settings/areas';
import type { Repositories } from '../../db/repositories';

export async function adoptTemplate(repos: Repositories, fileName: string, bytes: Uint8Array): Promise<TemplateReport> {
  const { inspectTemplate } = await import('./builders');
  const report = await inspectTemplate(fileName, bytes);
  await repos.settings.saveArea('documentTemplate', {
    fileName,
    size: bytes.byteLength,
    dataBase64: bytesToBase64(bytes),
    placeholders: report.placeholders,
  });
  return report;
}

export function removeTemplate(repos: Repositories): Promise<void> {
  return repos.settings.saveArea('documentTemplate', SETTINGS_DEFAULTS.documentTemplate);
}
