/**
 * Turns a document's plan (its parts, title and markers) into .docx bytes, in one of two ways:
 * on A4 pages with the built-in letterhead, header and footer, or poured into the
 * municipality's own template with docx's patchDocument. Every builder ends here, so both ways
 * treat drafts, confidential parts and file properties alike.
 */
import {
  Document,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  PatchType,
  SectionType,
  TextRun,
  patchDetector,
  patchDocument,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { MunicipalitySettings } from '../settings/areas';
import { banner } from './blocks';
import type { DocumentOptions } from './inputs';
import { CONFIDENTIAL_MARKER, firstPageHeader, pageFooter, runningHeader, type PageFrame } from './page-frame';
import { TemplateError } from './template';
import { isKnownPlaceholder, type TemplateFields } from './template-fields';
import { packWithRows, rowRunsIn } from './spliced-rows';
import { cleanLine } from './text';
import { A4, COLOURS, DOCUMENT_STYLES, MARGINS, NUMBERING, type Orientation } from './theme';
import { errorMessage } from '../error-message';

/** A stretch of the document; a confidential part gets pages of its own, marked CONFIDENTIAL. */
export interface DocumentPart {
  children: FileChild[];
  confidential?: boolean;
}

export interface DocumentPlan {
  municipality: MunicipalitySettings;
  /** The file's title property, as Word shows it in File > Info. */
  title: string;
  /** What kind of document: Agenda, Minutes, Resolution register… (the subject property). */
  subject: string;
  /** Repeated in the running header of every page after the first. */
  runningTitle: string;
  orientation: Orientation;
  /** Printed in the header of every page, such as DRAFT. */
  marker?: string;
  parts: DocumentPart[];
  /** What the template's placeholders become. */
  fields: Omit<TemplateFields, 'municipality' | 'title' | 'status'>;
}

const MAX_PROPERTY = 255;

function properties(plan: DocumentPlan, options: DocumentOptions) {
  return {
    title: cleanLine(plan.title).slice(0, MAX_PROPERTY),
    subject: cleanLine(plan.subject).slice(0, MAX_PROPERTY),
    creator: cleanLine(plan.municipality.name).slice(0, MAX_PROPERTY),
    lastModifiedBy: cleanLine(options.author ?? plan.municipality.name).slice(0, MAX_PROPERTY),
    description: 'Produced by Quorum from the records of the council secretariat.',
  };
}

/** The long tables among the plan's parts, whose rows are spliced in as text (spliced-rows.ts). */
function rowRunsOf(plan: DocumentPlan) {
  return rowRunsIn(plan.parts.flatMap((part) => part.children));
}

/** Word needs at least one paragraph in a section. */
function nonEmpty(children: FileChild[]): FileChild[] {
  return children.length > 0 ? children : [new Paragraph({ children: [] })];
}

/** Consecutive parts with the same confidentiality share a section (and so a header). */
function groupParts(parts: readonly DocumentPart[]): DocumentPart[] {
  const groups: DocumentPart[] = [];
  for (const part of parts) {
    const last = groups.at(-1);
    if (last && (last.confidential === true) === (part.confidential === true)) last.children.push(...part.children);
    else groups.push({ children: [...part.children], confidential: part.confidential === true });
  }
  return groups.length > 0 ? groups : [{ children: [] }];
}

function builtInSections(plan: DocumentPlan): ISectionOptions[] {
  return groupParts(plan.parts).map((group, index) => {
    const frame: PageFrame = {
      municipality: plan.municipality,
      runningTitle: plan.runningTitle,
      orientation: plan.orientation,
      ...(plan.marker ? { marker: plan.marker } : {}),
      confidential: group.confidential === true,
    };
    const first = index === 0;
    return {
      properties: {
        // docx swaps width and height for a landscape page.
        page: {
          size: { width: A4.width, height: A4.height, orientation: plan.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: MARGINS,
        },
        titlePage: first,
        ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      },
      headers: first ? { first: firstPageHeader(frame), default: runningHeader(frame) } : { default: runningHeader(frame) },
      footers: first ? { first: pageFooter(), default: pageFooter() } : { default: pageFooter() },
      children: nonEmpty(group.children),
    };
  });
}

/** The built-in layout: letterhead on the first page, running header, "Page X of Y". */
async function renderBuiltIn(plan: DocumentPlan, options: DocumentOptions): Promise<Uint8Array> {
  const document = new Document({
    ...properties(plan, options),
    styles: DOCUMENT_STYLES,
    numbering: NUMBERING,
    features: { updateFields: false },
    sections: builtInSections(plan),
  });
  return packWithRows(rowRunsOf(plan), () => Packer.pack(document, 'uint8array'));
}

function textPatch(value: string) {
  return { type: PatchType.PARAGRAPH, children: [new TextRun(cleanLine(value))] } as const;
}

/**
 * The municipality's template: `{{content}}` becomes the document's parts, the other known
 * placeholders its particulars. A template has one page layout, so a confidential part starts
 * on a new page under a CONFIDENTIAL banner instead of a header of its own, and DRAFT goes where
 * the template has `{{status}}`, or at the top of the content when it has none.
 */
async function renderWithTemplate(plan: DocumentPlan, template: Uint8Array, options: DocumentOptions): Promise<Uint8Array> {
  let placeholders: readonly string[];
  try {
    placeholders = await patchDetector({ data: template, trimPlaceholders: true });
  } catch {
    throw new TemplateError('The letterhead template could not be read: it may be damaged.');
  }
  const hasConfidential = plan.parts.some((part) => part.confidential);
  const status = [plan.marker ?? '', hasConfidential ? 'CONFIDENTIAL' : ''].filter(Boolean).join(' · ');
  const children: FileChild[] = [];
  if (plan.marker && !placeholders.includes('status')) children.push(banner(plan.marker, COLOURS.draft));
  plan.parts.forEach((part, index) => {
    if (part.confidential) {
      if (index > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
      children.push(banner(CONFIDENTIAL_MARKER));
    }
    children.push(...part.children);
  });
  const fields: TemplateFields = { ...plan.fields, municipality: plan.municipality.name, title: plan.title, status };
  const patches: Record<string, ReturnType<typeof textPatch> | { type: typeof PatchType.DOCUMENT; children: FileChild[] }> = {
    content: { type: PatchType.DOCUMENT, children: nonEmpty(children) },
  };
  for (const name of placeholders) {
    if (name === 'content') continue;
    // Placeholders Quorum does not know are emptied, so no stray {{braces}} reach a council.
    patches[name] = textPatch(isKnownPlaceholder(name) && name !== 'content' ? fields[name] : '');
  }
  try {
    return await packWithRows(rowRunsOf(plan), () =>
      patchDocument({
        outputType: 'uint8array',
        data: template,
        patches,
        trimPlaceholders: true,
        keepOriginalStyles: true,
        numbering: NUMBERING,
        properties: properties(plan, options),
      }),
    );
  } catch (error) {
    throw new TemplateError(`The letterhead template could not be filled in: ${errorMessage(error)}`);
  }
}

/** The document's bytes: with the municipality's template when one is given, else built in. */
export function renderDocument(plan: DocumentPlan, options: DocumentOptions = {}): Promise<Uint8Array> {
  return options.template && options.template.byteLength > 0 ? renderWithTemplate(plan, options.template, options) : renderBuiltIn(plan, options);
}
