/**
 * Self-update with electron-updater, as a service over an injected updater so tests drive it
 * with a fake. It checks, downloads in the background, reports progress and failures to the
 * renderer, and restarts into the new version only when asked and only while no meeting is in
 * session: an update requested mid-meeting waits until the secretary closes the meeting.
 *
 * A failed check or download never breaks the running app: every updater call and event is
 * caught, logged, and turned into an `error` state the person can read in Help → About.
 *
 * The feed comes from `app-update.yml`, which electron-builder writes from the `publish`
 * settings; this module never calls `setFeedURL` (see README, "Updates").
 */
import type { AppUpdater, ProgressInfo, UpdateDownloadedEvent, UpdateInfo } from 'electron-updater';
import type { UpdateCheckOrigin, UpdateErrorKind, UpdateState } from '../shared/ipc-contract';
import { formatDateTime } from '../shared/domain/time';
import { errorMessage } from '../shared/error-message';

export type UpdaterLike = Pick<AppUpdater, 'on' | 'checkForUpdates' | 'quitAndInstall' | 'autoDownload' | 'autoInstallOnAppQuit'>;

export interface UpdaterLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface UpdateServiceDeps {
  updater: UpdaterLike;
  /** Null when this copy can update itself; otherwise why not (see `updateSupport`). */
  unsupportedReason: string | null;
  /** Sends the new state to the renderer; may fail when the window is gone. */
  publish(state: UpdateState): void;
  log: UpdaterLog;
  now(): Date;
}

export interface UpdateService {
  state(): UpdateState;
  check(origin: UpdateCheckOrigin): Promise<UpdateState>;
  /** Restarts into the downloaded update now, or once no meeting is in session. */
  requestInstall(): UpdateState;
  setMeetingInSession(inSession: boolean): void;
}

/**
 * Whether this copy can replace itself: only installed builds can, and on Linux only the
 * AppImage (a .deb is updated by the package manager, as the municipality's IT prefers).
 */
export function updateSupport(input: { isPackaged: boolean; platform: string; env: Record<string, string | undefined> }): string | null {
  if (!input.isPackaged) return 'This copy of Quorum runs from its source folder; only installed copies update themselves.';
  if (input.platform === 'linux' && !input.env.APPIMAGE) {
    return 'This copy was installed from a .deb package: your IT department updates it with the system package manager.';
  }
  return null;
}

const SIGNATURE_RE = /signature|not signed|code ?sign|checksum|sha512 mismatch|sha512 checksum/i;
const UNREACHABLE_RE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|net::ERR_|HttpError|status code [45]\d\d|Cannot find (channel|latest)|socket hang up|getaddrinfo/i;

/** Sorts an updater failure into what the person is told: unreachable feed, bad signature, or other. */
export function classifyUpdateError(error: unknown): UpdateErrorKind {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  const text = error instanceof Error ? `${error.name} ${error.message} ${typeof code === 'string' ? code : ''}` : String(error);
  if (SIGNATURE_RE.test(text)) return 'bad-signature';
  if (UNREACHABLE_RE.test(text)) return 'feed-unreachable';
  return 'failed';
}

export function updateErrorMessage(kind: UpdateErrorKind, error: unknown): string {
  switch (kind) {
    case 'feed-unreachable':
      return 'The update feed is unreachable. Quorum keeps working; it will look for updates again when it next starts.';
    case 'bad-signature':
      return 'The downloaded update failed its signature check and was not installed. Please tell your IT department.';
    case 'failed': {
      const detail = errorMessage(error);
      return `The update could not be completed: ${detail.slice(0, 300)}`;
    }
  }
}

/** One line for Help → About: where updates stand. */
export function describeUpdateState(state: UpdateState): string {
  switch (state.status) {
    case 'unsupported':
      return state.reason;
    case 'idle':
      return 'Quorum has not looked for updates yet.';
    case 'checking':
      return 'Looking for updates…';
    case 'up-to-date':
      return `Quorum is up to date (checked ${formatDateTime(state.checkedAt)}).`;
    case 'downloading':
      return `Downloading version ${state.version}: ${Math.floor(state.percent)}%.`;
    case 'ready':
      if (state.waitingForMeeting) return `Version ${state.version} is ready; it will be installed after the meeting in session is closed.`;
      return `Version ${state.version} is ready: choose "Restart to update".`;
    case 'error':
      return `${state.message} (${formatDateTime(state.at)})`;
  }
}

export function createUpdateService(deps: UpdateServiceDeps): UpdateService {
  const { updater, log } = deps;
  let state: UpdateState = deps.unsupportedReason ? { status: 'unsupported', reason: deps.unsupportedReason } : { status: 'idle' };
  // Until the renderer says otherwise, assume a meeting may be in session: never install blind.
  let meetingInSession = true;
  let origin: UpdateCheckOrigin = 'automatic';

  function set(next: UpdateState): void {
    state = next;
    try {
      deps.publish(next);
    } catch (error) {
      log.warn(`Update state not delivered to the window: ${errorMessage(error)}`);
    }
  }

  function fail(error: unknown): void {
    const kind = classifyUpdateError(error);
    log.error(`Update ${kind}`, error);
    set({ status: 'error', kind, message: updateErrorMessage(kind, error), origin, at: deps.now().toISOString() });
  }

  /** Runs an updater callback so that nothing it throws can reach Electron's event loop. */
  function guarded<A extends unknown[]>(what: string, body: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        body(...args);
      } catch (error) {
        log.error(`Update event ${what} failed`, error);
      }
    };
  }

  function install(version: string): void {
    log.info(`Restarting to install version ${version}`);
    try {
      // Not silent, so Windows shows its installer progress; run the app again afterwards.
      updater.quitAndInstall(false, true);
    } catch (error) {
      fail(error);
    }
  }

  if (!deps.unsupportedReason) {
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = false;
    updater.on(
      'checking-for-update',
      guarded('checking-for-update', () => set({ status: 'checking', origin })),
    );
    updater.on(
      'update-not-available',
      guarded('update-not-available', () => set({ status: 'up-to-date', origin, checkedAt: deps.now().toISOString() })),
    );
    updater.on(
      'update-available',
      guarded('update-available', (info: UpdateInfo) => set({ status: 'downloading', version: info.version, percent: 0 })),
    );
    updater.on(
      'download-progress',
      guarded('download-progress', (progress: ProgressInfo) => {
        const version = state.status === 'downloading' ? state.version : '';
        const percent = Math.max(0, Math.min(100, progress.percent));
        // Whole percents only: the renderer need not repaint for every network packet.
        if (state.status === 'downloading' && Math.floor(state.percent) === Math.floor(percent)) return;
        set({ status: 'downloading', version, percent });
      }),
    );
    updater.on(
      'update-downloaded',
      guarded('update-downloaded', (event: UpdateDownloadedEvent) =>
        set({ status: 'ready', version: event.version, waitingForMeeting: meetingInSession, installRequested: false }),
      ),
    );
    updater.on(
      'error',
      guarded('error', (error: Error) => fail(error)),
    );
  }

  return {
    state: () => state,

    async check(from) {
      if (state.status === 'unsupported') return state;
      // A downloaded update stays ready; checking again would only fetch it again.
      if (state.status === 'ready' || state.status === 'downloading' || state.status === 'checking') return state;
      origin = from;
      try {
        const result = await updater.checkForUpdates();
        if (result === null) set({ status: 'unsupported', reason: 'Updates are switched off for this copy of Quorum.' });
      } catch (error) {
        // electron-updater usually emits `error` as well; report once.
        if (state.status !== 'error') fail(error);
      }
      return state;
    },

    requestInstall() {
      if (state.status !== 'ready') return state;
      if (meetingInSession) {
        log.info(`Version ${state.version} will be installed once no meeting is in session`);
        set({ ...state, waitingForMeeting: true, installRequested: true });
        return state;
      }
      const version = state.version;
      set({ ...state, waitingForMeeting: false, installRequested: true });
      install(version);
      return state;
    },

    setMeetingInSession(inSession) {
      meetingInSession = inSession;
      // Quitting mid-meeting must not install either; once closed, quitting may.
      if (!deps.unsupportedReason) updater.autoInstallOnAppQuit = !inSession;
      if (state.status !== 'ready') return;
      set({ ...state, waitingForMeeting: inSession });
      if (!inSession && state.installRequested) install(state.version);
    },
  };
}
