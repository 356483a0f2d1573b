/**
 * The municipality's own letterhead template: which placeholders it may hold, and the checks a
 * .docx must pass before Quorum will use it. A file that fails is refused with a message a
 * secretary can act on, and the built-in letterhead stays in use.
 */
import { Paragraph, PatchType, TextRun, patchDetector, patchDocument } from 'docx';
import { DOCUMENT_TEMPLATE_MAX_BYTES } from '../settings/areas';
import { isKnownPlaceholder } from './template-fields';

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export interface TemplateReport {
  /** Every placeholder the template holds, as typed. */
  placeholders: string[];
  /** Placeholders Quorum does not know: they are left empty in every document. */
  unknown: string[];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

/**
 * Checks a file a person picked as the letterhead template. Throws TemplateError, with the
 * reason, when it is not a .docx Word can open, is too large, has no `{{content}}`, or cannot
 * be filled in.
 */
export async function inspectTemplate(fileName: string, bytes: Uint8Array): Promise<TemplateReport> {
  if (!/\.docx$/i.test(fileName)) {
    throw new TemplateError(`“${fileName}” is not a .docx file. Save the letterhead in Word as a Word Document (.docx) and choose that file.`);
  }
  if (bytes.byteLength === 0) throw new TemplateError(`“${fileName}” is empty.`);
  if (bytes.byteLength > DOCUMENT_TEMPLATE_MAX_BYTES) {
    throw new TemplateError(
      `“${fileName}” is ${megabytes(bytes.byteLength)}; a template may be at most ${megabytes(DOCUMENT_TEMPLATE_MAX_BYTES)}. Use smaller pictures in the letterhead.`,
    );
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new TemplateError(`“${fileName}” is an old-style Word 97–2003 document. Open it in Word and save it as a Word Document (.docx).`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new TemplateError(`“${fileName}” is not a Word document: it may be damaged or renamed.`);

  let placeholders: readonly string[];
  try {
    placeholders = await patchDetector({ data: bytes, trimPlaceholders: true });
  } catch {
    throw new TemplateError(`“${fileName}” could not be read as a Word document: it may be damaged.`);
  }
  const unique = [...new Set(placeholders)];
  if (!unique.includes('content')) {
    throw new TemplateError(
      `“${fileName}” has no {{content}} placeholder. Type {{content}} on a line of its own where the text of agendas, minutes and reports should go.`,
    );
  }
  // A trial run: the file must survive being filled in, or it is of no use.
  try {
    await patchDocument({
      outputType: 'uint8array',
      data: bytes,
      trimPlaceholders: true,
      patches: {
        content: { type: PatchType.DOCUMENT, children: [new Paragraph({ children: [new TextRun('Quorum template check')] })] },
      },
    });
  } catch {
    throw new TemplateError(`“${fileName}” could not be filled in: it may be damaged. Save it again in Word and choose it once more.`);
  }
  return { placeholders: unique, unknown: unique.filter((name) => !isKnownPlaceholder(name)) };
}
