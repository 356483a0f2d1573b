/**
 * The letterhead of every Word document Quorum makes, exported or published: the municipality's
 * own template (Settings → Documents) when one is stored, otherwise the built-in letterhead. A
 * damaged or refused template never stops a document: the built-in letterhead is used and the
 * notice says why, for the person to see.
 */
import { base64ToBytes } from '@shared/documents/binary';
import type { DocumentOptions } from '@shared/documents/inputs';
import type { SettingsRepository } from '../settings/settings.repository';

export interface LetterheadBuild {
  bytes: Uint8Array;
  /** Why the built-in letterhead was used instead of the stored template. */
  notice?: string;
}

const DAMAGED = 'The stored letterhead template is damaged; the built-in letterhead was used. Choose the template again in Settings → Documents.';

/** Builds with the stored template when there is one, falling back to the built-in letterhead. */
export async function buildWithLetterhead(
  settings: Pick<SettingsRepository, 'getArea'>,
  base: DocumentOptions,
  build: (options: DocumentOptions) => Promise<Uint8Array>,
): Promise<LetterheadBuild> {
  let template: Uint8Array | null;
  try {
    const stored = await settings.getArea('documentTemplate');
    template = stored.dataBase64 ? base64ToBytes(stored.dataBase64) : null;
  } catch {
    return { bytes: await build(base), notice: DAMAGED };
  }
  if (!template) return { bytes: await build(base) };
  try {
    return { bytes: await build({ ...base, template }) };
  } catch (error) {
    // The template check brings docx: loaded only when a template was used.
    const { TemplateError } = await import('@shared/documents/template');
    if (!(error instanceof TemplateError)) throw error;
    return { bytes: await build(base), notice: `${error.message} The built-in letterhead was used instead.` };
  }
}
