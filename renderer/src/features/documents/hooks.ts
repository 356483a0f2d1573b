/** The document exporter and the letterhead template setting, for components. */
import { useMemo } from 'react';
import type { DocumentTemplateSettings } from '@shared/settings/areas';
import { useDeviceProfile, useRepositories } from '../../db/DataProvider';
import type { Live } from '../../db/use-live';
import { platform } from '../../platform/platform';
import { useSettingsAreaLive } from '../settings/hooks';
import { createDocumentExporter, type DocumentExporter } from './document-exporter';

/** The exporter for this database, signing files with the name of the person at this device. */
export function useDocumentExporter(): DocumentExporter {
  const repos = useRepositories();
  const userName = useDeviceProfile()?.userName ?? '';
  return useMemo(() => createDocumentExporter({ repos, files: platform.files, now: () => new Date(), author: () => userName }), [repos, userName]);
}

/** The letterhead template in use (an empty file name when the built-in letterhead is used). */
export function useDocumentTemplate(): Live<DocumentTemplateSettings> {
  return useSettingsAreaLive('documentTemplate');
}
