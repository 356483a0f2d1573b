/**
 * The page routes. A hash router, because the desktop app serves the renderer as files under
 * its own protocol and the web build may be served from any folder. Each page is its own chunk,
 * loaded when first opened, so the app starts with only the shell (see issue 8's bundle target).
 */
import Alert from '@mui/material/Alert';
import type { ComponentType } from 'react';
import { createHashRouter, Navigate, useRouteError } from 'react-router';
import { Loading } from '../ui/LoadState';
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

/** A route whose page module is loaded on first visit. */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <Loading label="Opening…" />,
      children: [
        { index: true, element: <Navigate to="/dashboard" replace /> },
        {
          path: 'dashboard',
          lazy: page(
            () => import('../features/dashboard/DashboardPage'),
            (m) => m.DashboardPage,
          ),
        },
        {
          path: 'meetings',
          lazy: page(
            () => import('../features/meetings/MeetingsPage'),
            (m) => m.MeetingsPage,
          ),
        },
        {
          path: 'meetings/:meetingId/:tab?',
          lazy: page(
            () => import('../features/meetings/MeetingPage'),
            (m) => m.MeetingPage,
          ),
        },
        {
          path: 'resolutions',
          lazy: page(
            () => import('../features/resolutions/ResolutionsPage'),
            (m) => m.ResolutionsPage,
          ),
        },
        {
          path: 'resolutions/:resolutionId',
          lazy: page(
            () => import('../features/resolutions/ResolutionPage'),
            (m) => m.ResolutionPage,
          ),
        },
        {
          path: 'queries',
          lazy: page(
            () => import('../features/queries/QueriesPage'),
            (m) => m.QueriesPage,
          ),
        },
        {
          path: 'queries/new',
          lazy: page(
            () => import('../features/queries/QueryIntakePage'),
            (m) => m.QueryIntakePage,
          ),
        },
        {
          path: 'queries/:queryId',
          lazy: page(
            () => import('../features/queries/QueryPage'),
            (m) => m.QueryPage,
          ),
        },
        {
          path: 'stakeholders',
          lazy: page(
            () => import('../features/stakeholders/StakeholdersPage'),
            (m) => m.StakeholdersPage,
          ),
        },
        {
          path: 'stakeholders/:stakeholderId',
          lazy: page(
            () => import('../features/stakeholders/StakeholderPage'),
            (m) => m.StakeholderPage,
          ),
        },
        {
          path: 'members',
          lazy: page(
            () => import('../features/bodies/BodiesPage'),
            (m) => m.BodiesPage,
          ),
        },
        {
          path: 'settings/:section?',
          lazy: page(
            () => import('../features/settings/SettingsPage'),
            (m) => m.SettingsPage,
          ),
        },
        {
          path: 'conflicts',
          lazy: page(
            () => import('../features/conflicts/ConflictsPage'),
            (m) => m.ConflictsPage,
          ),
        },
        {
          path: 'search',
          lazy: page(
            () => import('../features/search/SearchPage'),
            (m) => m.SearchPage,
          ),
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
