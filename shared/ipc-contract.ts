/**
 * The one contract between the renderer and Electron's main process.
 *
 * `QuorumApi` is what the preload exposes as `window.quorum` (and what the browser fallback
 * implements); `IpcContract` maps each channel to its arguments and result; `parseIpcArgs`
 * checks what arrives in the main process, because a compromised renderer may send anything.
 * Main, preload and renderer are all typed from this file.
 */

export type PlatformName = 'win32' | 'darwin' | 'linux' | 'web';

export interface AppInfo {
  name: string;
  version: string;
  platform: PlatformName;
  /** Versions of Electron and Chromium in the desktop app; absent in a browser. */
  electron?: string;
  chrome?: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** A file name without folders, such as `2026-11-26 Council Minutes DRAFT.docx`. */
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

export type SaveFileResult =
  /** Saved where the person chose in the native dialog; `fileId` stands for the path. */
  | { status: 'saved'; fileName: string; fileId: string }
  /** The browser build handed the file to the browser's downloads. */
  | { status: 'downloaded'; fileName: string }
  | { status: 'cancelled' };

/** Where credentials were kept: encrypted by the OS keychain, or only for this session. */
export type CredentialPersistence = 'encrypted' | 'session';

export interface QuorumApi {
  readonly kind: 'desktop' | 'web';
  app: {
    info(): Promise<AppInfo>;
  };
  files: {
    save(request: SaveFileRequest): Promise<SaveFileResult>;
  };
  credentials: {
    get(account: string): Promise<string | null>;
    set(account: string, secret: string): Promise<CredentialPersistence>;
    remove(account: string): Promise<void>;
  };
}

export interface IpcContract {
  'app:info': { args: []; result: AppInfo };
  'files:save': { args: [SaveFileRequest]; result: SaveFileResult };
  'credentials:get': { args: [account: string]; result: string | null };
  'credentials:set': { args: [account: string, secret: string]; result: CredentialPersistence };
  'credentials:remove': { args: [account: string]; result: null };
}

export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = IpcContract[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/** What crosses the wire: errors are values, so the renderer gets a clean message. */
export type IpcResponse<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };
export type IpcErrorCode = 'invalid-input' | 'forbidden' | 'failed';

export class IpcInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcInputError';
  }
}

export const LIMITS = {
  fileNameLength: 200,
  fileBytes: 200 * 1024 * 1024,
  accountLength: 200,
  secretLength: 4_096,
  filters: 10,
} as const;

const ACCOUNT_RE = /^[\w.:@+-]+$/;
// Characters Windows, macOS or Linux refuse in a file name, and C0 control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_NAME_RE = /[<>:"/\\|?*\u0000-\u001f]/;

function expectArity(args: unknown[], count: number): void {
  if (args.length !== count) throw new IpcInputError(`Expected ${count} argument(s), received ${args.length}.`);
}

function expectString(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') throw new IpcInputError(`${what} must be text.`);
  if (value.length === 0) throw new IpcInputError(`${what} is empty.`);
  if (value.length > max) throw new IpcInputError(`${what} is longer than ${max} characters.`);
  return value;
}

function parseAccount(value: unknown): string {
  const account = expectString(value, 'Account', LIMITS.accountLength);
  if (!ACCOUNT_RE.test(account)) throw new IpcInputError('Account may hold only letters, digits and . : @ + - _');
  return account;
}

export function parseFileName(value: unknown): string {
  const name = expectString(value, 'File name', LIMITS.fileNameLength);
  if (UNSAFE_FILE_NAME_RE.test(name) || name === '.' || name === '..' || name.trim() !== name) {
    throw new IpcInputError('File name may not contain folders or the characters < > : " / \\ | ? *');
  }
  return name;
}

function parseFilters(value: unknown): FileFilter[] {
  if (!Array.isArray(value) || value.length > LIMITS.filters) throw new IpcInputError('Filters must be a short list.');
  return value.map((filter: unknown) => {
    if (filter === null || typeof filter !== 'object') throw new IpcInputError('Each filter must be an object.');
    const { name, extensions } = filter as Record<string, unknown>;
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > 10) {
      throw new IpcInputError('Each filter needs between 1 and 10 extensions.');
    }
    return {
      name: expectString(name, 'Filter name', 80),
      extensions: extensions.map((ext) => {
        const text = expectString(ext, 'Extension', 10);
        if (!/^[a-z0-9]+$/i.test(text)) throw new IpcInputError('Extensions are letters and digits only.');
        return text;
      }),
    };
  });
}

function parseSaveRequest(value: unknown): SaveFileRequest {
  if (value === null || typeof value !== 'object') throw new IpcInputError('Save request must be an object.');
  const { suggestedName, bytes, filters } = value as Record<string, unknown>;
  if (!(bytes instanceof Uint8Array)) throw new IpcInputError('File contents must be bytes.');
  if (bytes.byteLength > LIMITS.fileBytes) throw new IpcInputError('File is too large to save.');
  return { suggestedName: parseFileName(suggestedName), bytes, filters: parseFilters(filters) };
}

type Parsers = { [C in IpcChannel]: (args: unknown[]) => IpcArgs<C> };

const PARSERS: Parsers = {
  'app:info': (args) => {
    expectArity(args, 0);
    return [];
  },
  'files:save': (args) => {
    expectArity(args, 1);
    return [parseSaveRequest(args[0])];
  },
  'credentials:get': (args) => {
    expectArity(args, 1);
    return [parseAccount(args[0])];
  },
  'credentials:set': (args) => {
    expectArity(args, 2);
    return [parseAccount(args[0]), expectString(args[1], 'Secret', LIMITS.secretLength)];
  },
  'credentials:remove': (args) => {
    expectArity(args, 1);
    return [parseAccount(args[0])];
  },
};

export const IPC_CHANNELS = Object.keys(PARSERS) as IpcChannel[];

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.hasOwn(PARSERS, value);
}

/** Checks a channel's arguments; throws IpcInputError with a message the renderer can show. */
export function parseIpcArgs<C extends IpcChannel>(channel: C, args: unknown[]): IpcArgs<C> {
  return PARSERS[channel](args);
}
