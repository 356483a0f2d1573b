/** The app's sections, in navigation order. Alt+1, Alt+2… jump to them in this order. */
import DashboardIcon from '@mui/icons-material/Dashboard';
import EventIcon from '@mui/icons-material/Event';
import GavelIcon from '@mui/icons-material/Gavel';
import GroupsIcon from '@mui/icons-material/Groups';
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import SettingsIcon from '@mui/icons-material/Settings';
import ContactsIcon from '@mui/icons-material/Contacts';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import { ConflictCountBadge } from '../features/conflicts/components/ConflictCountBadge';
import type { ReactNode } from 'react';

export interface Section {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown after the label, such as the number of conflicts to settle. */
  badge?: ReactNode;
}

export const SECTIONS: Section[] = [
  { path: '/dashboard', label: 'Dashboard', icon: <DashboardIcon /> },
  { path: '/meetings', label: 'Meetings', icon: <EventIcon /> },
  { path: '/resolutions', label: 'Resolutions', icon: <GavelIcon /> },
  { path: '/queries', label: 'Queries', icon: <QuestionAnswerIcon /> },
  { path: '/stakeholders', label: 'Stakeholders', icon: <ContactsIcon /> },
  { path: '/members', label: 'Members & committees', icon: <GroupsIcon /> },
  { path: '/settings', label: 'Settings', icon: <SettingsIcon /> },
  { path: '/conflicts', label: 'Conflicts', icon: <CallSplitIcon />, badge: <ConflictCountBadge /> },
];
