/**
 * The page routes. A hash router, because the desktop app serves the renderer as files under
 * its own protocol and the web build may be served from any folder.
 */
import Alert from '@mui/material/Alert';
import { createHashRouter, Navigate, useRouteError } from 'react-router';
import { BodiesPage } from '../features/bodies/BodiesPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { QueriesPage } from '../features/queries/QueriesPage';
import { ResolutionsPage } from '../features/resolutions/ResolutionsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StakeholdersPage } from '../features/stakeholders/StakeholdersPage';
import { AppShell } from './AppShell';

function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'This page could not be shown.';
  return (
    <Alert severity="error" sx={{ m: 3 }}>
      Something went wrong on this page: {message} Your records are safe; go back and try again.
    </Alert>
  );
}

function NotFound() {
  return <Alert severity="warning">There is no such page in Quorum.</Alert>;
}

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/dashboard" replace /> },
        { path: 'dashboard', element: <DashboardPage /> },
        { path: 'meetings', element: <MeetingsPage /> },
        { path: 'meetings/:meetingId', element: <MeetingPage /> },
        { path: 'resolutions', element: <ResolutionsPage /> },
        { path: 'queries', element: <QueriesPage /> },
        { path: 'stakeholders', element: <StakeholdersPage /> },
        { path: 'members', element: <BodiesPage /> },
        { path: 'settings/:section?', element: <SettingsPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
