/**
 * Runs `handler` when the person chooses `command` in the desktop app's menu (File → New
 * meeting…). In a browser there is no application menu and this does nothing. The handler may
 * change on every render; the subscription is made once per command.
 */
import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand } from '@shared/ipc-contract';
import { platform } from './platform';

export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const onCommand = useEffectEvent(handler);
  useEffect(
    () =>
      platform.menu.onCommand((chosen) => {
        if (chosen === command) onCommand();
      }),
    [command],
  );
}
