/** File → New query in the desktop menu: opens the intake form. */
import { useNavigate } from 'react-router';
import { useMenuCommand } from '../../platform/use-menu-command';

export function QueryMenuCommands() {
  const navigate = useNavigate();
  useMenuCommand('new-query', () => void navigate('/queries/new'));
  return null;
}
