/**
 * The tabs of the Settings page. Each feature contributes its own section component; this list
 * only orders them. The id is the URL: #/settings/<id>.
 */
import type { ReactNode } from 'react';
import type { DatabaseSuffix } from '@shared/couch/names';
import { BackupSettings } from '../backup/BackupSettings';
import { DocumentsSettings } from '../documents/DocumentsSettings';
import { QuerySettingsSection } from '../queries/components/QuerySettingsSection';
import { MeetingSettings } from '../meetings/components/MeetingSettings';
import { SyncSettings } from '../sync/SyncSettings';
import { AppearanceSettings } from './components/AppearanceSettings';
import { GeneralSettings } from './components/GeneralSettings';

export interface SettingsSection {
  id: string;
  label: string;
  render: () => ReactNode;
  /** What the section changes: an account that may not change it sees it read-only. */
  writes: readonly DatabaseSuffix[];
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { id: 'general', label: 'General', render: () => <GeneralSettings />, writes: ['settings', 'members'] },
  { id: 'meetings', label: 'Meetings', render: () => <MeetingSettings />, writes: ['settings'] },
  { id: 'queries', label: 'Queries', render: () => <QuerySettingsSection />, writes: ['settings'] },
  { id: 'documents', label: 'Documents', render: () => <DocumentsSettings />, writes: ['settings'] },
  { id: 'backup', label: 'Backup', render: () => <BackupSettings />, writes: [] },
  { id: 'sync', label: 'Sync', render: () => <SyncSettings />, writes: [] },
  // Kept on this laptop only (its device profile): any account may choose its own look.
  { id: 'appearance', label: 'Appearance', render: () => <AppearanceSettings />, writes: [] },
];
