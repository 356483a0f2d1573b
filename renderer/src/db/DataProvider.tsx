/**
 * Opens the database once, builds the repositories, and gives them to the component tree.
 * The person's name (the device profile) feeds every write's audit stamp.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { QuorumDatabase } from './create-database';
import type { DeviceProfile } from './device-profile';
import { lazyBrowserAttachmentSource } from '../attachments/backup-source';
import { createRepositories, type Repositories } from './repositories';
import { errorMessage } from '@shared/error-message';

interface DataContextValue {
  repos: Repositories;
  profile: DeviceProfile | null;
}

const DataContext = createContext<DataContextValue | null>(null);

type OpenState = { status: 'opening' } | { status: 'open'; db: QuorumDatabase } | { status: 'failed'; message: string };

export interface DataProviderProps {
  open: () => Promise<QuorumDatabase>;
  children: ReactNode;
  opening: ReactNode;
  failed: (message: string) => ReactNode;
}

export function DataProvider({ open, children, opening, failed }: DataProviderProps) {
  const [state, setState] = useState<OpenState>({ status: 'opening' });
  const [profile, setProfile] = useState<DeviceProfile | null>(null);
  const [profileLoaded, setProfileLoaded] = useState(false);
  // Read by the write context at the moment of each write, so it must not be React state.
  const [current] = useState<{ profile: DeviceProfile | null }>(() => ({ profile: null }));

  useEffect(() => {
    let cancelled = false;
    open().then(
      (db) => !cancelled && setState({ status: 'open', db }),
      (error: unknown) =>
        !cancelled &&
        setState({
          status: 'failed',
          message: errorMessage(error),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [open]);

  const repos = useMemo(() => {
    if (state.status !== 'open') return null;
    return createRepositories(
      state.db,
      {
        actor: () => current.profile?.userName ?? 'Unknown user',
        device: () => current.profile?.deviceId ?? 'unknown',
        now: () => new Date(),
      },
      { backupAttachments: lazyBrowserAttachmentSource() },
    );
  }, [state, current]);

  useEffect(() => {
    if (!repos) return;
    const subscription = repos.profile.watch().subscribe((next) => {
      current.profile = next;
      setProfile(next);
      setProfileLoaded(true);
    });
    return () => subscription.unsubscribe();
  }, [repos, current]);

  const value = useMemo(() => (repos ? { repos, profile } : null), [repos, profile]);

  if (state.status === 'failed') return <>{failed(state.message)}</>;
  if (!value || !profileLoaded) return <>{opening}</>;
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

function useDataContext(): DataContextValue {
  const value = useContext(DataContext);
  if (!value) throw new Error('useRepositories() is used outside <DataProvider>.');
  return value;
}

export function useRepositories(): Repositories {
  return useDataContext().repos;
}

export function useDeviceProfile(): DeviceProfile | null {
  return useDataContext().profile;
}
