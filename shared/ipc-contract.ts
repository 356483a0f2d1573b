/**
 * The one contract between the renderer and Electron's main process.
 *
 * `QuorumApi` is what the preload exposes as `window.quorum` (and what the browser fallback
 * implements); `IpcContract` maps each channel to its arguments and result; `IpcEvents` maps
 * what the main process pushes to the renderer; `parseIpcArgs` checks what arrives in the main
 * process, because a compromised renderer may send anything.
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

/** A file to read, chosen by the person in the native open dialog (desktop) or a file input (browser). */
export interface PickFileRequest {
  /** What the dialog says it is for, such as `Choose a Quorum backup`. */
  title: string;
  filters: FileFilter[];
}

export type PickFileResult = { status: 'picked'; fileName: string; bytes: Uint8Array } | { status: 'cancelled' };

/** Commands of the application menu that the renderer carries out. A closed set. */
export const MENU_COMMANDS = ['new-meeting', 'new-query', 'export', 'backup', 'restore', 'palette', 'shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Why an update check or download failed, in the categories the person is told about. */
export type UpdateErrorKind = 'feed-unreachable' | 'bad-signature' | 'failed';

/** Whether the person asked for the check (menu, button) or the app did it at start. */
export type UpdateCheckOrigin = 'automatic' | 'manual';

/** Where the desktop app's self-update stands; the browser build is always `unsupported`. */
export type UpdateState =
  | { status: 'unsupported'; reason: string }
  | { status: 'idle' }
  | { status: 'checking'; origin: UpdateCheckOrigin }
  | { status: 'up-to-date'; origin: UpdateCheckOrigin; checkedAt: string }
  | { status: 'downloading'; version: string; percent: number }
  | {
      status: 'ready';
      version: string;
      /** A meeting is in session: the update waits until it is closed. */
      waitingForMeeting: boolean;
      /** The person asked to restart; it happens as soon as no meeting is in session. */
      installRequested: boolean;
    }
  | { status: 'error'; kind: UpdateErrorKind; message: string; origin: UpdateCheckOrigin; at: string };

const UPDATE_STATUSES: ReadonlySet<string> = new Set(['unsupported', 'idle', 'checking', 'up-to-date', 'downloading', 'ready', 'error']);

/** A light check of what the main process pushes: a known status, nothing more. */
export function isUpdateState(value: unknown): value is UpdateState {
  if (value === null || typeof value !== 'object') return false;
  const { status } = value as Record<string, unknown>;
  return typeof status === 'string' && UPDATE_STATUSES.has(status);
}

/** An error the renderer caught (window `error` or `unhandledrejection`), for the log file. */
export interface RendererErrorReport {
  kind: 'error' | 'unhandled-rejection';
  message: string;
  stack?: string;
  /** Where it happened in the app, such as `#/meetings/42`; never a full file path. */
  location?: string;
}

export type Unsubscribe = () => void;

export interface QuorumApi {
  readonly kind: 'desktop' | 'web';
  app: {
    info(): Promise<AppInfo>;
  };
  files: {
    save(request: SaveFileRequest): Promise<SaveFileResult>;
    /** Opens a file saved earlier in its usual app; only ids `save` handed out are accepted. */
    open(fileId: string): Promise<void>;
    /** Shows a file saved earlier in the system's file manager. */
    showInFolder(fileId: string): Promise<void>;
    /** Reads one file the person chooses. */
    pick(request: PickFileRequest): Promise<PickFileResult>;
  };
  credentials: {
    get(account: string): Promise<string | null>;
    set(account: string, secret: string): Promise<CredentialPersistence>;
    remove(account: string): Promise<void>;
  };
  menu: {
    /** Calls `listener` for each command chosen in the application menu; the browser has no menu. */
    onCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  };
  updates: {
    state(): Promise<UpdateState>;
    check(): Promise<UpdateState>;
    /** Restarts into the downloaded update, or as soon as no meeting is in session. */
    install(): Promise<UpdateState>;
    onState(listener: (state: UpdateState) => void): Unsubscribe;
    /** Tells the updater whether a meeting is in session: no update is installed while one is. */
    setMeetingInSession(inSession: boolean): Promise<void>;
  };
  log: {
    rendererError(report: RendererErrorReport): Promise<void>;
  };
}

export interface IpcContract {
  'app:info': { args: []; result: AppInfo };
  'files:save': { args: [SaveFileRequest]; result: SaveFileResult };
  'files:open': { args: [fileId: string]; result: null };
  'files:show-in-folder': { args: [fileId: string]; result: null };
  'files:pick': { args: [PickFileRequest]; result: PickFileResult };
  'credentials:get': { args: [account: string]; result: string | null };
  'credentials:set': { args: [account: string, secret: string]; result: CredentialPersistence };
  'credentials:remove': { args: [account: string]; result: null };
  'updates:state': { args: []; result: UpdateState };
  'updates:check': { args: []; result: UpdateState };
  'updates:install': { args: []; result: UpdateState };
  'updates:meeting-in-session': { args: [inSession: boolean]; result: null };
  'log:renderer-error': { args: [RendererErrorReport]; result: null };
}

/** Messages the main process pushes to the renderer (main → renderer), each with its payload. */
export interface IpcEvents {
  'menu:command': MenuCommand;
  'updates:state': UpdateState;
}

export type IpcEventName = keyof IpcEvents;

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
  extensionLength: 16,
  dialogTitleLength: 120,
  errorMessageLength: 2_000,
  errorStackLength: 8_000,
  errorLocationLength: 300,
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
        const text = expectString(ext, 'Extension', LIMITS.extensionLength);
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

// The ids SavedFiles hands out (crypto.randomUUID): anything else is refused before any lookup.
const FILE_ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function parseFileId(value: unknown): string {
  if (typeof value !== 'string' || !FILE_ID_RE.test(value)) throw new IpcInputError('Not a saved file of this session.');
  return value;
}

function parsePickRequest(value: unknown): PickFileRequest {
  if (value === null || typeof value !== 'object') throw new IpcInputError('Open request must be an object.');
  const { title, filters } = value as Record<string, unknown>;
  const parsedFilters = parseFilters(filters);
  if (parsedFilters.length === 0) throw new IpcInputError('Name at least one kind of file to open.');
  return { title: expectString(title, 'Dialog title', LIMITS.dialogTitleLength), filters: parsedFilters };
}

function optionalText(value: unknown, what: string, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new IpcInputError(`${what} must be text.`);
  // Reports are diagnostics: overlong text is cut, not refused, so the error still reaches the log.
  return value.slice(0, max);
}

function parseRendererError(value: unknown): RendererErrorReport {
  if (value === null || typeof value !== 'object') throw new IpcInputError('Error report must be an object.');
  const { kind, message, stack, location } = value as Record<string, unknown>;
  if (kind !== 'error' && kind !== 'unhandled-rejection') throw new IpcInputError('Error kind is not known.');
  if (typeof message !== 'string') throw new IpcInputError('Error message must be text.');
  const report: RendererErrorReport = { kind, message: message.slice(0, LIMITS.errorMessageLength) };
  const parsedStack = optionalText(stack, 'Stack', LIMITS.errorStackLength);
  const parsedLocation = optionalText(location, 'Location', LIMITS.errorLocationLength);
  if (parsedStack !== undefined) report.stack = parsedStack;
  if (parsedLocation !== undefined) report.location = parsedLocation;
  return report;
}

function noArgs(args: unknown[]): [] {
  expectArity(args, 0);
  return [];
}

type Parsers = { [C in IpcChannel]: (args: unknown[]) => IpcArgs<C> };

const PARSERS: Parsers = {
  'app:info': noArgs,
  'files:save': (args) => {
    expectArity(args, 1);
    return [parseSaveRequest(args[0])];
  },
  'files:open': (args) => {
    expectArity(args, 1);
    return [parseFileId(args[0])];
  },
  'files:show-in-folder': (args) => {
    expectArity(args, 1);
    return [parseFileId(args[0])];
  },
  'files:pick': (args) => {
    expectArity(args, 1);
    return [parsePickRequest(args[0])];
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
  'updates:state': noArgs,
  'updates:check': noArgs,
  'updates:install': noArgs,
  'updates:meeting-in-session': (args) => {
    expectArity(args, 1);
    if (typeof args[0] !== 'boolean') throw new IpcInputError('Whether a meeting is in session must be true or false.');
    return [args[0]];
  },
  'log:renderer-error': (args) => {
    expectArity(args, 1);
    return [parseRendererError(args[0])];
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
