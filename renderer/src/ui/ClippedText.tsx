/**
 * Text in a table cell that may be too long for it: cut at a word with "…" after `lines` lines,
 * never broken inside a word. The whole text stays in the page (a screen reader reads all of it),
 * shows on hover (its title), and shows in full when the row has keyboard focus (the theme's
 * MuiTableRow rule, and the query queue's own rows, lift the clamp of [data-clip] while a link in the
 * row has keyboard focus, :focus-visible).
 */
import Box from '@mui/material/Box';

/** Several lines: cut at a word after the last of them. */
export const CLIP_STYLE = {
  display: '-webkit-box',
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'normal',
  wordBreak: 'keep-all',
} as const;

/** One line: an ellipsis even inside one long word (an e-mail address). */
export const CLIP_LINE_STYLE = {
  display: 'block',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
} as const;

/** What a focused row does to its clipped texts: all of each, wrapping (a long unbroken string too). */
export const UNCLIP_STYLE = {
  WebkitLineClamp: 'unset',
  whiteSpace: 'normal',
  overflow: 'visible',
  overflowWrap: 'anywhere',
} as const;

export function ClippedText({
  text,
  full,
  lines = 1,
  maxWidth,
}: {
  text: string;
  /** The whole text, when `text` is its headline. */
  full?: string;
  lines?: number;
  /** The widest the text may make its column (px): a table cell's own max-width does not hold in a table. */
  maxWidth?: number;
}) {
  return (
    <Box component="span" data-clip="" title={full ?? text} sx={{ ...(lines === 1 ? CLIP_LINE_STYLE : { ...CLIP_STYLE, WebkitLineClamp: lines }), maxWidth }}>
      {text}
    </Box>
  );
}
