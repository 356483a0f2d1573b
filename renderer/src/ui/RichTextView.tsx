/** Shows stored minutes text read-only: paragraphs and lists, bold and italic, always as literal text. */
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import type { RichText } from '@shared/schemas/agenda-item';

type Block = RichText[number];

function Runs({ block }: { block: Block }) {
  return (
    <>
      {block.runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

export function RichTextView({ value, emptyText = 'Nothing recorded.' }: { value: RichText | undefined; emptyText?: string }) {
  const blocks = value ?? [];
  if (blocks.length === 0) return <Box sx={{ color: 'text.secondary' }}>{emptyText}</Box>;
  const groups: { kind: Block['kind']; blocks: Block[] }[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (last && last.kind === block.kind && block.kind !== 'paragraph') last.blocks.push(block);
    else groups.push({ kind: block.kind, blocks: [block] });
  }
  return (
    <Box sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', '& p': { my: 0.75 } }}>
      {groups.map((group, index) => {
        if (group.kind === 'paragraph') {
          return (
            <p key={index}>
              <Runs block={group.blocks[0]!} />
            </p>
          );
        }
        const List = group.kind === 'bullet' ? 'ul' : 'ol';
        return (
          <List key={index}>
            {group.blocks.map((block, i) => (
              <li key={i}>
                <Runs block={block} />
              </li>
            ))}
          </List>
        );
      })}
    </Box>
  );
}
