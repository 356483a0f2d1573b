/**
 * Converts between the editor's document (Tiptap/ProseMirror JSON) and the minutes' stored rich
 * text: paragraphs, bulleted and numbered items, each a list of runs with bold and italic. Only
 * that is kept: anything else pasted in (headings, quotes, links) is kept as its plain text.
 */
import type { JSONContent } from '@tiptap/core';
import type { RichText } from '@shared/schemas/agenda-item';

type Block = RichText[number];
type Run = Block['runs'][number];

function textNodes(run: Run): JSONContent[] {
  const marks = [...(run.bold ? [{ type: 'bold' }] : []), ...(run.italic ? [{ type: 'italic' }] : [])];
  const nodes: JSONContent[] = [];
  run.text.split('\n').forEach((part, index) => {
    if (index > 0) nodes.push({ type: 'hardBreak' });
    if (part) nodes.push({ type: 'text', text: part, ...(marks.length ? { marks } : {}) });
  });
  return nodes;
}

function paragraph(block: Block): JSONContent {
  const content = block.runs.flatMap(textNodes);
  return { type: 'paragraph', ...(content.length ? { content } : {}) };
}

export function toEditorDocument(blocks: RichText | undefined): JSONContent {
  const content: JSONContent[] = [];
  for (const block of blocks ?? []) {
    if (block.kind === 'paragraph') {
      content.push(paragraph(block));
      continue;
    }
    const listType = block.kind === 'bullet' ? 'bulletList' : 'orderedList';
    const last = content.at(-1);
    const item = { type: 'listItem', content: [paragraph(block)] };
    if (last?.type === listType) last.content = [...(last.content ?? []), item];
    else content.push({ type: listType, content: [item] });
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function runsOf(node: JSONContent): Run[] {
  const runs: Run[] = [];
  const push = (run: Run) => {
    const previous = runs.at(-1);
    if (previous && !!previous.bold === !!run.bold && !!previous.italic === !!run.italic) previous.text += run.text;
    else runs.push(run);
  };
  const walk = (n: JSONContent) => {
    if (n.type === 'text' && typeof n.text === 'string') {
      const bold = n.marks?.some((m) => m.type === 'bold') ?? false;
      const italic = n.marks?.some((m) => m.type === 'italic') ?? false;
      push({ text: n.text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) });
    } else if (n.type === 'hardBreak') {
      push({ text: '\n', ...(runs.at(-1)?.bold ? { bold: true } : {}), ...(runs.at(-1)?.italic ? { italic: true } : {}) });
    } else {
      for (const child of n.content ?? []) walk(child);
    }
  };
  walk(node);
  return runs;
}

export function fromEditorDocument(doc: JSONContent): RichText {
  const blocks: Block[] = [];
  const visit = (node: JSONContent, listKind?: 'bullet' | 'numbered') => {
    switch (node.type) {
      case 'bulletList':
      case 'orderedList':
        for (const child of node.content ?? []) visit(child, node.type === 'bulletList' ? 'bullet' : 'numbered');
        return;
      case 'listItem':
        for (const child of node.content ?? []) visit(child, listKind ?? 'bullet');
        return;
      case 'paragraph':
      case 'heading':
      case 'codeBlock':
        blocks.push({ kind: listKind ?? 'paragraph', runs: runsOf(node) });
        return;
      default:
        if (node.content) for (const child of node.content) visit(child, listKind);
        else if (node.type === 'text') blocks.push({ kind: listKind ?? 'paragraph', runs: runsOf(node) });
    }
  };
  for (const node of doc.content ?? []) visit(node);
  // An editor with nothing typed holds one empty paragraph: store nothing.
  if (blocks.length === 1 && blocks[0]?.runs.length === 0) return [];
  return blocks;
}
