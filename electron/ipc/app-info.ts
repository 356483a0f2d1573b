/** IPC handler telling the renderer which app, version and platform it runs in. */
import type { AppInfo, PlatformName } from '../../shared/ipc-contract';
import type { IpcGate } from './handle';

export interface AppInfoSource {
  name: string;
  version: string;
  platform: string;
  versions: { electron?: string; chrome?: string };
}

export function appInfo(source: AppInfoSource): AppInfo {
  const platform: PlatformName = source.platform === 'win32' || source.platform === 'darwin' ? source.platform : 'linux';
  return {
    name: source.name,
    version: source.version,
    platform,
    ...(source.versions.electron ? { electron: source.versions.electron } : {}),
    ...(source.versions.chrome ? { chrome: source.versions.chrome } : {}),
  };
}

export function registerAppInfoHandlers(gate: IpcGate, source: AppInfoSource): void {
  gate.handle('app:info', () => appInfo(source));
}
