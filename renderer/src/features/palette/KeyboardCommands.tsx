/**
 * The app's keyboard entry points, rendered once by the app shell: Ctrl+K (Cmd+K) and the
 * "Search and commands" button open the command palette; `?` outside a text field, the palette
 * and Help → Keyboard shortcuts open the shortcut sheet. Both dialogs are loaded on first use,
 * so the shell stays small.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import KeyboardCommandKeyIcon from '@mui/icons-material/KeyboardCommandKey';
import { lazy, Suspense, useEffect, useState } from 'react';
import { acceleratorLabel, MENU_ACCELERATORS } from '@shared/menu-accelerators';
import { isMacLike, isPaletteKey, isShortcutSheetKey } from '../../app/shortcuts';
import { runCommand, useMenuCommand } from '../../platform/use-menu-command';

const CommandPalette = lazy(async () => ({ default: (await import('./CommandPalette')).CommandPalette }));
const ShortcutSheet = lazy(async () => ({ default: (await import('./ShortcutSheet')).ShortcutSheet }));

export function KeyboardCommands() {
  const [palette, setPalette] = useState(false);
  const [sheet, setSheet] = useState(false);
  useMenuCommand('palette', () => setPalette(true));
  useMenuCommand('shortcuts', () => setSheet(true));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (isPaletteKey(event)) {
        event.preventDefault();
        setSheet(false);
        setPalette(true);
      } else if (isShortcutSheetKey(event)) {
        event.preventDefault();
        setSheet(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Suspense fallback={null}>
      {palette ? <CommandPalette open onClose={() => setPalette(false)} onShortcuts={() => setSheet(true)} /> : null}
      {sheet ? <ShortcutSheet open onClose={() => setSheet(false)} /> : null}
    </Suspense>
  );
}

/** The palette's button in the app bar; its name (its text) says the shortcut. */
export function PaletteButton() {
  const keys = acceleratorLabel(MENU_ACCELERATORS.palette, isMacLike());
  return (
    <Button
      color="inherit"
      onClick={() => runCommand('palette')}
      aria-haspopup="dialog"
      startIcon={<KeyboardCommandKeyIcon aria-hidden="true" />}
      sx={{ flexShrink: 0, px: 1.5, border: 1, borderColor: 'rgba(255,255,255,0.35)', whiteSpace: 'nowrap' }}
    >
      {/* Named by what it shows, shortcut included: "Search and commands Ctrl+K". */}
      Search and commands{' '}
      <Box component="kbd" sx={{ ml: 1, fontSize: '0.75rem', opacity: 0.85, fontFamily: 'inherit' }}>
        {keys}
      </Box>
    </Button>
  );
}
