/**
 * The tabs of the Settings page. Each feature contributes its own section component; this list
 * only orders them. The id is the URL: #/settings/<id>.
 */
import type { ReactNode } from 'react';
import { GeneralSettings } from './components/GeneralSettings';

export interface SettingsSection {
  id: string;
  label: string;
  render: () => ReactNode;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { id: 'general', label: 'General', render: () => <GeneralSettings /> },
];
