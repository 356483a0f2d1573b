/** Live backup facts for components: when this device last saved a backup. */
import { useRepositories } from '../../db/DataProvider';
import { useLive, type Live } from '../../db/use-live';
import type { LastBackup } from './backup.service';

export function useLastBackup(): Live<LastBackup | null> {
  const repos = useRepositories();
  return useLive(() => repos.backup.watchLastBackup(), [repos]);
}
