/**
 * The profile the minutes editor is measured on: the app's own database holding the demo
 * municipality, loaded through the app's demo loader, and the person's name. Sync is then set up
 * through Settings → Sync in the app itself, so the password is kept where the app keeps it.
 */
import { quorumStorage } from '../../renderer/src/db/storage';
import { DATABASE_NAME } from '../../renderer/src/db/browser-database';
import { createQuorumDatabase } from '../../renderer/src/db/create-database';
import { createRepositories } from '../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../renderer/src/db/write-context';
import { loadDemoMunicipality } from '../../renderer/src/features/onboarding/demo-loader';
import type { DemoProfileRequest } from './api';

export async function prepareDemoProfile(request: DemoProfileRequest): Promise<void> {
  const db = await createQuorumDatabase({ name: DATABASE_NAME, storage: quorumStorage(), multiInstance: false });
  try {
    const repos = createRepositories(db, fixedWriteContext(request.userName, 'bench'));
    await repos.profile.setUserName(request.userName);
    await loadDemoMunicipality(repos, new Date(request.now));
  } finally {
    await db.close();
  }
}
