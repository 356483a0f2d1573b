/**
 * The tabs of the Settings page. Each feature contributes its own section component; this list
 * only orders them. The id is the URL: #/settings/<id>.
 */
import type { ReactNode } from 'react';
import { BackupSettings } from '../backup/BackupSettings';
import { DocumentsSettings } from '../documents/DocumentsSettings';
import { QuerySettingsSection } from '../queries/components/QuerySettingsSection';
import { MeetingSettings } from '../meetings/components/MeetingSettings';
import { SyncSettings } from '../sync/SyncSettings';
import { GeneralSettings } from './components/GeneralSettings';

export interface SettingsSection {
  id: string;
  label: string;
  render: () => ReactNode;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { id: 'general', label: 'General', render: () => <GeneralSettings /> },
  { id: 'meetings', label: 'Meetings', render: () => <MeetingSettings /> },
  { id: 'queries', label: 'Queries', render: () => <QuerySettingsSection /> },
  { id: 'documents', label: 'Documents', render: () => <DocumentsSettings /> },
  { id: 'backup', label: 'Backup', render: () => <BackupSettings /> },
  { id: 'sync', label: 'Sync', render: () => <SyncSettings /> },
];
