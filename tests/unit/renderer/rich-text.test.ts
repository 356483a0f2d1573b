import { describe, expect, it } from 'vitest';
import { isRichTextEmpty, plainToRichText, richTextToPlain } from '../../../shared/domain/rich-text';
import type { RichText } from '../../../shared/schemas/agenda-item';
import { fromEditorDocument, toEditorDocument } from '../../../renderer/src/features/minutes/rich-text';

const minutes: RichText = [
  { kind: 'paragraph', runs: [{ text: 'The Municipal Manager ' }, { text: 'presented', bold: true }, { text: ' the report.', italic: true }] },
  { kind: 'bullet', runs: [{ text: 'Water: R12 million' }] },
  { kind: 'bullet', runs: [{ text: 'Roads: <script>alert(1)</script>' }] },
  { kind: 'numbered', runs: [{ text: 'First 🏛️' }] },
  { kind: 'numbered', runs: [{ text: 'Second مجلس' }] },
  { kind: 'paragraph', runs: [{ text: 'Line one\nline two' }] },
];

describe('minutes rich text', () => {
  it('survives a round trip through the editor unchanged', () => {
    expect(fromEditorDocument(toEditorDocument(minutes))).toEqual(minutes);
  });

  it('groups list items into lists in the editor', () => {
    const doc = toEditorDocument(minutes);
    expect(doc.content?.map((n) => n.type)).toEqual(['paragraph', 'bulletList', 'orderedList', 'paragraph']);
    expect(doc.content?.[1]?.content).toHaveLength(2);
  });

  it('keeps only the text of things the minutes do not hold', () => {
    const pasted = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Heading' }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted', marks: [{ type: 'link' }] }] }] },
      ],
    };
    expect(fromEditorDocument(pasted)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Heading' }] },
      { kind: 'paragraph', runs: [{ text: 'Quoted' }] },
    ]);
  });

  it('stores nothing for an empty editor', () => {
    expect(fromEditorDocument(toEditorDocument([]))).toEqual([]);
    expect(isRichTextEmpty([])).toBe(true);
    expect(isRichTextEmpty(minutes)).toBe(false);
  });

  it('reads as plain text for search and summaries', () => {
    expect(richTextToPlain(minutes)).toBe(
      'The Municipal Manager presented the report.\n• Water: R12 million\n• Roads: <script>alert(1)</script>\n1. First 🏛️\n2. Second مجلس\nLine one\nline two',
    );
    expect(plainToRichText('a\n\nb')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'a' }] },
      { kind: 'paragraph', runs: [{ text: 'b' }] },
    ]);
  });
});
