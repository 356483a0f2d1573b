/** File → New meeting in the desktop menu: opens the meetings list with the schedule form open. */
import { useNavigate } from 'react-router';
import { useMenuCommand } from '../../platform/use-menu-command';

export function MeetingMenuCommands() {
  const navigate = useNavigate();
  useMenuCommand('new-meeting', () => void navigate('/meetings', { state: { schedule: true } }));
  return null;
}
