/**
 * The browser fallback of the desktop bridge, so the same renderer runs as a plain web page:
 * files are handed to the browser as downloads, and credentials live in sessionStorage, which
 * the browser drops when the tab closes (never in localStorage or IndexedDB).
 */
import type { AppInfo, CredentialPersistence, QuorumApi, SaveFileRequest, SaveFileResult } from '@shared/ipc-contract';
import { parseFileName } from '@shared/ipc-contract';

const CREDENTIAL_PREFIX = 'quorum.credential.';

export interface BrowserPlatformDeps {
  version: string;
  /** Triggers the download; replaced in tests. */
  download(fileName: string, blob: Blob): void;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

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
  };
}
