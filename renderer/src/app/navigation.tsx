/** The app's sections, in navigation order. Alt+1…Alt+7 jump to them. */
import DashboardIcon from '@mui/icons-material/Dashboard';
import EventIcon from '@mui/icons-material/Event';
import GavelIcon from '@mui/icons-material/Gavel';
import GroupsIcon from '@mui/icons-material/Groups';
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import SettingsIcon from '@mui/icons-material/Settings';
import ContactsIcon from '@mui/icons-material/Contacts';
import type { ReactNode } from 'react';

export interface Section {
  path: string;
  label: string;
  icon: ReactNode;
}

export const SECTIONS: Section[] = [
  { path: '/dashboard', label: 'Dashboard', icon: <DashboardIcon /> },
  { path: '/meetings', label: 'Meetings', icon: <EventIcon /> },
  { path: '/resolutions', label: 'Resolutions', icon: <GavelIcon /> },
  { path: '/queries', label: 'Queries', icon: <QuestionAnswerIcon /> },
  { path: '/stakeholders', label: 'Stakeholders', icon: <ContactsIcon /> },
  { path: '/members', label: 'Members & committees', icon: <GroupsIcon /> },
  { path: '/settings', label: 'Settings', icon: <SettingsIcon /> },
];
