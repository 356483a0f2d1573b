/**
 * The browser fallback of the desktop bridge, so the same renderer runs as a plain web page:
 * files are handed to the browser as downloads and read through a file input, credentials live
 * in sessionStorage, which the browser drops when the tab closes (never in localStorage or
 * IndexedDB). A browser has no application menu and no self-update: those are quiet no-ops.
 */
import type {
  AppInfo,
  CredentialPersistence,
  PickFileRequest,
  PickFileResult,
  QuorumApi,
  SaveFileRequest,
  SaveFileResult,
  UpdateState,
} from '@shared/ipc-contract';
import { LIMITS, parseFileName } from '@shared/ipc-contract';

const CREDENTIAL_PREFIX = 'quorum.credential.';

const WEB_UPDATES: UpdateState = {
  status: 'unsupported',
  reason: 'Quorum runs in a web browser here: it is updated where it is served from.',
};

export interface BrowserPlatformDeps {
  version: string;
  /** Triggers the download; replaced in tests. */
  download(fileName: string, blob: Blob): void;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Lets the person choose one file (`accept` as for a file input), or resolves null. */
  chooseFile?(accept: string): Promise<File | null>;
  /** Where renderer errors go when there is no log file: the console. */
  logError?(message: string): void;
}

/** Opens the browser's file chooser through a hidden file input. */
export function chooseFileThroughInput(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

async function pickThroughBrowser(choose: (accept: string) => Promise<File | null>, request: PickFileRequest): Promise<PickFileResult> {
  const accept = request.filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
  const file = await choose(accept);
  if (!file) return { status: 'cancelled' };
  if (file.size > LIMITS.fileBytes) {
    throw new Error(`${file.name} is larger than ${LIMITS.fileBytes / 1024 / 1024} MB; Quorum cannot read it.`);
  }
  return { status: 'picked', fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const DESKTOP_ONLY = "Only the desktop app can open saved files: find this one in your browser's downloads.";

export function downloadThroughLink(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function mimeType(fileName: string): string {
  if (fileName.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (fileName.endsWith('.csv')) return 'text/csv;charset=utf-8';
  if (fileName.endsWith('.json')) return 'application/json';
  if (fileName.endsWith('.quorumbackup')) return 'application/vnd.quorum.backup+json';
  return 'application/octet-stream';
}

export function createBrowserPlatform(deps: BrowserPlatformDeps): QuorumApi {
  return {
    kind: 'web',
    app: {
      info: (): Promise<AppInfo> => Promise.resolve({ name: 'Quorum', version: deps.version, platform: 'web' }),
    },
    files: {
      save: (request: SaveFileRequest): Promise<SaveFileResult> =>
        Promise.resolve().then(() => {
          const fileName = parseFileName(request.suggestedName);
          const bytes = new Uint8Array(request.bytes);
          deps.download(fileName, new Blob([bytes], { type: mimeType(fileName) }));
          return { status: 'downloaded', fileName } as const;
        }),
      open: () => Promise.reject(new Error(DESKTOP_ONLY)),
      showInFolder: () => Promise.reject(new Error(DESKTOP_ONLY)),
      pick: (request) => pickThroughBrowser((accept) => (deps.chooseFile ? deps.chooseFile(accept) : chooseFileThroughInput(accept)), request),
    },
    credentials: {
      get: (account) => Promise.resolve(deps.sessionStorage.getItem(CREDENTIAL_PREFIX + account)),
      set: (account, secret): Promise<CredentialPersistence> => {
        deps.sessionStorage.setItem(CREDENTIAL_PREFIX + account, secret);
        return Promise.resolve('session');
      },
      remove: (account) => {
        deps.sessionStorage.removeItem(CREDENTIAL_PREFIX + account);
        return Promise.resolve();
      },
    },
    menu: {
      onCommand: () => () => undefined,
    },
    updates: {
      state: () => Promise.resolve(WEB_UPDATES),
      check: () => Promise.resolve(WEB_UPDATES),
      install: () => Promise.resolve(WEB_UPDATES),
      onState: () => () => undefined,
      setMeetingInSession: () => Promise.resolve(),
    },
    log: {
      rendererError: (report) => {
        const message = `[quorum] ${report.kind}${report.location ? ` at ${report.location}` : ''}: ${report.message}`;
        if (deps.logError) deps.logError(message);
        else console.error(message);
        return Promise.resolve();
      },
    },
  };
}
