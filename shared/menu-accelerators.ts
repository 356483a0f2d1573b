/**
 * The keys of the application menu's commands, in Electron's accelerator notation. The desktop
 * menu binds them and the renderer's shortcut sheet lists them, from this one table, so the two
 * cannot disagree.
 */
import type { MenuCommand } from './ipc-contract';

export const MENU_ACCELERATORS = {
  'new-meeting': 'CmdOrCtrl+N',
  'new-query': 'CmdOrCtrl+Shift+N',
  export: 'CmdOrCtrl+E',
  palette: 'CmdOrCtrl+K',
} as const satisfies Partial<Record<MenuCommand, string>>;

/** An accelerator as a person reads it on this platform: `Ctrl+Shift+N`, or `Cmd+Shift+N` on a Mac. */
export function acceleratorLabel(accelerator: string, isMac: boolean): string {
  return accelerator.replace('CmdOrCtrl', isMac ? 'Cmd' : 'Ctrl');
}
