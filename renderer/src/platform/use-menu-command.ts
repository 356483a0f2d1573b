/**
 * Runs `handler` when the person chooses `command` in the desktop app's menu (File → New
 * meeting…) or in the command palette (runCommand). In a browser there is no application menu;
 * the palette still runs the commands. The handler may change on every render; the subscription
 * is made once per command.
 */
import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand } from '@shared/ipc-contract';
import { platform } from './platform';

/** The menu's commands, and those only the page has (the sync log sits in the app bar). */
export type AppCommand = MenuCommand | 'sync-log';

const listeners = new Set<(command: AppCommand) => void>();

/** Runs a command as if it had been chosen in the menu. */
export function runCommand(command: AppCommand): void {
  for (const listener of [...listeners]) listener(command);
}

export function useMenuCommand(command: AppCommand, handler: () => void): void {
  const onCommand = useEffectEvent(handler);
  useEffect(() => {
    const listener = (chosen: AppCommand) => {
      if (chosen === command) onCommand();
    };
    listeners.add(listener);
    const unsubscribe = platform.menu.onCommand(listener);
    return () => {
      listeners.delete(listener);
      unsubscribe();
    };
  }, [command]);
}
