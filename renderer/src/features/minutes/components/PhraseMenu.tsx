/**
 * The phrase library at hand while minuting: a menu of standard wording, also reachable with
 * Ctrl+Shift+1…9 for the first nine phrases (see useInsertPhraseShortcuts).
 */
import ShortTextIcon from '@mui/icons-material/ShortText';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { Phrase } from '@shared/settings/meetings';

export function PhraseMenu({ phrases, onInsert, label = 'Insert phrase' }: { phrases: Phrase[]; onInsert: (text: string) => void; label?: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        startIcon={<ShortTextIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        onClick={(event) => setAnchor(event.currentTarget)}
        onMouseDown={(event) => event.preventDefault()}
      >
        {label}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {phrases.length === 0 ? <MenuItem disabled>No phrases: add them under Settings → Meetings</MenuItem> : null}
        {phrases.map((phrase, index) => (
          <MenuItem
            key={phrase.id}
            onClick={() => {
              setAnchor(null);
              onInsert(phrase.text);
            }}
          >
            {phrase.label}
            {index < 9 ? ` (Ctrl+Shift+${index + 1})` : ''}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/** The phrase for Ctrl+Shift+1…9, or undefined for any other key. */
export function phraseForShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'code'>, phrases: Phrase[]): Phrase | undefined {
  if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return undefined;
  const match = /^Digit([1-9])$/.exec(event.code);
  return match ? phrases[Number(match[1]) - 1] : undefined;
}
