/**
 * File → Back up… and File → Restore… in the desktop menu: open Settings → Backup and start
 * the action there. Rendered once by the app shell; renders nothing itself.
 */
import { useNavigate } from 'react-router';
import { useMenuCommand } from '../../platform/use-menu-command';
import type { BackupAction } from './BackupSettings';

export function BackupMenuCommands() {
  const navigate = useNavigate();
  const open = (start: BackupAction) => void navigate('/settings/backup', { state: { start } });
  useMenuCommand('backup', () => open('backup'));
  useMenuCommand('restore', () => open('restore'));
  return null;
}
