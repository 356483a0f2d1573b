/** What each card of Settings → Queries is given: the draft it edits, its field errors and the save bar. */
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import type { QuerySettings } from '@shared/settings/query-settings';

export interface QuerySettingsCardProps {
  draft: QuerySettings;
  setDraft: Dispatch<SetStateAction<QuerySettings>>;
  errors: Record<string, string>;
  saveBar: ReactNode;
}
