/**
 * This laptop's sync settings: server address, database prefix, user name and the attachment
 * size limit, kept in an RxDB local document (on this device only, never replicated). The
 * password is never stored there: it goes to platform.credentials, which is the OS keychain
 * (Electron safeStorage) in the desktop app and sessionStorage (this session only) in a browser.
 */
import { map, type Observable } from 'rxjs';
import { checkDatabasePrefix, normaliseServerUrl, InvalidServerAddressError } from '@shared/couch/names';
import type { CredentialPersistence, QuorumApi } from '@shared/ipc-contract';
import type { QuorumDatabase } from '../db/create-database';
import { DEFAULT_ATTACHMENT_LIMIT_BYTES } from '../attachments/attachment-store';

export type CredentialStore = QuorumApi['credentials'];

export interface SyncSettings {
  serverUrl: string;
  prefix: string;
  username: string;
  attachmentLimitMb: number;
}

export interface SyncSettingsInput {
  serverUrl: string;
  prefix: string;
  username: string;
  /** Empty keeps the password already stored for this user name. */
  password: string;
  attachmentLimitMb: number;
}

export type SyncSettingsField = keyof SyncSettingsInput;

export class SyncSettingsError extends Error {
  constructor(readonly fieldErrors: Partial<Record<SyncSettingsField, string>>) {
    super(Object.values(fieldErrors)[0] ?? 'The sync settings are not valid.');
    this.name = 'SyncSettingsError';
  }
}

const SETTINGS_ID = 'sync-settings';
export const PASSWORD_ACCOUNT = 'quorum.sync-password';
export const DEFAULT_ATTACHMENT_LIMIT_MB = DEFAULT_ATTACHMENT_LIMIT_BYTES / (1024 * 1024);
const MAX_USERNAME = 200;

export class SyncSettingsStore {
  constructor(private readonly db: QuorumDatabase) {}

  watch(): Observable<SyncSettings | null> {
    return this.db.getLocal$<SyncSettings>(SETTINGS_ID).pipe(map((doc) => (doc ? doc.toJSON().data : null)));
  }

  async get(): Promise<SyncSettings | null> {
    const doc = await this.db.getLocal<SyncSettings>(SETTINGS_ID);
    return doc ? doc.toJSON().data : null;
  }

  /** Checks and tidies what was typed; throws SyncSettingsError with a message per field. */
  check(input: SyncSettingsInput, current: SyncSettings | null, hasStoredPassword: boolean): SyncSettings {
    const errors: Partial<Record<SyncSettingsField, string>> = {};
    let serverUrl = '';
    try {
      serverUrl = normaliseServerUrl(input.serverUrl);
    } catch (error) {
      errors.serverUrl = error instanceof InvalidServerAddressError ? error.message : String(error);
    }
    const prefix = input.prefix.trim();
    const prefixProblem = checkDatabasePrefix(prefix);
    if (prefixProblem) errors.prefix = prefixProblem;
    const username = input.username.trim();
    if (username.length > MAX_USERNAME) errors.username = `The user name may be at most ${MAX_USERNAME} characters.`;
    else if (username.includes(':')) errors.username = 'A CouchDB user name cannot contain a colon (:).';
    const sameUser = current !== null && current.username === username && current.serverUrl === serverUrl;
    if (username && !input.password && !(sameUser && hasStoredPassword)) {
      errors.password = 'Enter the password for this user name.';
    }
    if (!Number.isInteger(input.attachmentLimitMb) || input.attachmentLimitMb < 1 || input.attachmentLimitMb > 2_000) {
      errors.attachmentLimitMb = 'The largest attachment must be a whole number of megabytes between 1 and 2000.';
    }
    if (Object.keys(errors).length > 0) throw new SyncSettingsError(errors);
    return { serverUrl, prefix, username, attachmentLimitMb: input.attachmentLimitMb };
  }

  /** Saves the settings and the password; returns where the password is kept (or null if unchanged). */
  async save(input: SyncSettingsInput, credentials: CredentialStore): Promise<{ settings: SyncSettings; persistence: CredentialPersistence | null }> {
    const current = await this.get();
    const stored = await credentials.get(PASSWORD_ACCOUNT);
    const settings = this.check(input, current, stored !== null);
    let persistence: CredentialPersistence | null = null;
    if (!settings.username) await credentials.remove(PASSWORD_ACCOUNT);
    else if (input.password) persistence = await credentials.set(PASSWORD_ACCOUNT, input.password);
    await this.db.upsertLocal<SyncSettings>(SETTINGS_ID, settings);
    return { settings, persistence };
  }

  async password(credentials: CredentialStore): Promise<string | null> {
    return credentials.get(PASSWORD_ACCOUNT);
  }

  /** Forgets the server on this laptop: settings and password. Records stay. */
  async clear(credentials: CredentialStore): Promise<void> {
    const doc = await this.db.getLocal<SyncSettings>(SETTINGS_ID);
    if (doc) await doc.remove();
    await credentials.remove(PASSWORD_ACCOUNT);
  }
}
