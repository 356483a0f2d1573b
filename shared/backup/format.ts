/**
 * The Quorum backup file: every record of the ten collections and every attachment, in one
 * file that a person can keep on a USB stick and that a later Quorum can read back.
 *
 * Layout (UTF-8 text, two lines):
 *   line 1  the header, JSON, always starting `{"format":"quorum-backup",`: format version,
 *           app version, when and by whom it was made, the municipality, the schema version and
 *           record count of each collection, the number of attachments, and the byte length
 *           and SHA-256 of line 2;
 *   line 2  the payload, JSON: `{"collections":{…},"attachments":[…]}`, attachments in Base64.
 *
 * The checksum covers the payload's exact bytes, so a copy cut short or damaged is told apart
 * from a file that is not a backup at all, before any record is looked at. `readBackup` checks
 * everything (structure, counts, schema versions, every record against its schema, every
 * attachment's size and hash) and either returns the whole contents or throws one
 * `BackupFileError` saying what is wrong: a backup is never half-read.
 */
import { DEFAULT_TIME_ZONE, instantToDate, instantToTime } from '../domain/time';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/vocabulary';
import { decodeBase64, encodeBase64 } from './base64';
import {
  appMigrations,
  checkRecords,
  currentSchemaVersions,
  migrateRecords,
  officialsIn,
  MissingMigrationError,
  type BackupRecords,
  type MigrationTable,
  type RecordProblem,
  type SchemaVersions,
} from './records';
import { sha256Hex } from './sha256';

export const BACKUP_FORMAT = 'quorum-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'quorumbackup';
export const BACKUP_MIME_TYPE = 'application/vnd.quorum.backup+json';

const MAGIC = `{"format":"${BACKUP_FORMAT}",`;
const NEWLINE = 0x0a;
const HEX64 = /^[0-9a-f]{64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** An attachment's bytes and what the attachment store knows about it. */
export interface AttachmentFile {
  id: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  createdBy: string;
  municipality: string;
  schemaVersions: SchemaVersions;
  counts: Record<CollectionName, number>;
  attachmentCount: number;
  payloadBytes: number;
  sha256: string;
}

export interface BackupContents {
  header: BackupHeader;
  records: BackupRecords;
  attachments: AttachmentFile[];
}

export interface NewBackup {
  appVersion: string;
  createdAt: string;
  createdBy: string;
  municipality: string;
  records: BackupRecords;
  attachments: readonly AttachmentFile[];
}

export type BackupErrorKind = 'not-a-backup' | 'truncated' | 'corrupt' | 'newer-version' | 'invalid-records';

/** Why a file cannot be restored, in words for the person, with the records at fault if any. */
export class BackupFileError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
    readonly problems: readonly RecordProblem[] = [],
  ) {
    super(message);
    this.name = 'BackupFileError';
  }
}

const MESSAGES = {
  notABackup: 'This file is not a Quorum backup. Choose a backup made by Quorum (its name ends in .quorumbackup).',
  truncated: 'This backup file is incomplete: it was probably cut short while being copied. Nothing was restored.',
  corrupt: 'This backup file is damaged: its contents do not match its checksum. Nothing was restored.',
} as const;

interface EncodedAttachment {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: string;
}

/** The backup file's bytes. */
export function writeBackup(backup: NewBackup): Uint8Array {
  const encoder = new TextEncoder();
  const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, backup.records[name]]));
  const attachments: EncodedAttachment[] = backup.attachments.map((file) => ({
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    size: file.bytes.byteLength,
    sha256: sha256Hex(file.bytes),
    data: encodeBase64(file.bytes),
  }));
  const payload = encoder.encode(JSON.stringify({ collections, attachments }));
  // Key order matters: `format` first, so the file starts with MAGIC.
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: backup.appVersion,
    createdAt: backup.createdAt,
    createdBy: backup.createdBy,
    municipality: backup.municipality,
    schemaVersions: currentSchemaVersions(),
    counts: Object.fromEntries(COLLECTION_NAMES.map((name) => [name, backup.records[name].length])) as Record<CollectionName, number>,
    attachmentCount: attachments.length,
    payloadBytes: payload.byteLength,
    sha256: sha256Hex(payload),
  };
  const head = encoder.encode(`${JSON.stringify(header)}\n`);
  const file = new Uint8Array(head.byteLength + payload.byteLength + 1);
  file.set(head);
  file.set(payload, head.byteLength);
  file[file.length - 1] = NEWLINE;
  return file;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isCollectionMap(value: unknown, check: (v: unknown) => boolean): boolean {
  return isObject(value) && COLLECTION_NAMES.every((name) => check(value[name])) && Object.keys(value).length === COLLECTION_NAMES.length;
}

function startsWithMagic(bytes: Uint8Array): boolean {
  const magic = new TextEncoder().encode(MAGIC);
  if (bytes.byteLength < magic.byteLength) {
    // A file cut off inside the magic itself is still recognisably ours.
    return bytes.byteLength > 0 && magic.subarray(0, bytes.byteLength).every((b, i) => bytes[i] === b);
  }
  return magic.every((b, i) => bytes[i] === b);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function parseHeader(bytes: Uint8Array): BackupHeader {
  const text = decodeUtf8(bytes);
  let data: unknown;
  try {
    data = text === null ? null : JSON.parse(text);
  } catch {
    data = null;
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupFileError('corrupt', MESSAGES.corrupt);
  const { formatVersion, appVersion, createdAt, createdBy, municipality, schemaVersions, counts, attachmentCount, payloadBytes, sha256 } = data;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    throw new BackupFileError('corrupt', MESSAGES.corrupt);
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    const made = typeof appVersion === 'string' ? ` (Quorum ${appVersion.slice(0, 40)})` : '';
    throw new BackupFileError(
      'newer-version',
      `This backup was made by a newer version of Quorum${made}, in backup format ${formatVersion}; this Quorum reads format ${BACKUP_FORMAT_VERSION}. Update Quorum, then restore it. Nothing was restored.`,
    );
  }
  if (
    typeof appVersion !== 'string' ||
    typeof createdAt !== 'string' ||
    !INSTANT.test(createdAt) ||
    typeof createdBy !== 'string' ||
    typeof municipality !== 'string' ||
    !isCollectionMap(schemaVersions, isCount) ||
    !isCollectionMap(counts, isCount) ||
    !isCount(attachmentCount) ||
    !isCount(payloadBytes) ||
    typeof sha256 !== 'string' ||
    !HEX64.test(sha256)
  ) {
    throw new BackupFileError('corrupt', MESSAGES.corrupt);
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion,
    appVersion,
    createdAt,
    createdBy,
    municipality,
    schemaVersions: schemaVersions as SchemaVersions,
    counts: counts as Record<CollectionName, number>,
    attachmentCount,
    payloadBytes,
    sha256,
  };
}

function parseAttachment(value: unknown): AttachmentFile {
  const bad = () => new BackupFileError('corrupt', `${MESSAGES.corrupt} (An attachment is damaged.)`);
  if (!isObject(value)) throw bad();
  const { id, name, mimeType, size, sha256, data } = value;
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) throw bad();
  if (typeof name !== 'string' || typeof mimeType !== 'string' || !isCount(size) || typeof sha256 !== 'string' || typeof data !== 'string') throw bad();
  const bytes = decodeBase64(data);
  if (!bytes || bytes.byteLength !== size || sha256Hex(bytes) !== sha256) {
    throw new BackupFileError('corrupt', `${MESSAGES.corrupt} (The attachment "${name.slice(0, 120)}" is damaged.)`);
  }
  return { id, name, mimeType, bytes };
}

export interface ReadBackupOptions {
  /** The schema versions this app stores; tests pass others to exercise migrations. */
  schemaVersions?: SchemaVersions;
  migrations?: MigrationTable;
}

function invalidRecordsMessage(problems: readonly RecordProblem[]): string {
  const listed = problems
    .slice(0, 3)
    .map((p) => `${p.description}: ${p.message}`)
    .join(' ');
  const more = problems.length > 3 ? ` …and ${problems.length - 3} more.` : '';
  const count = problems.length === 1 ? '1 record in this backup is' : `${problems.length} records in this backup are`;
  return `${count} not valid, so nothing was restored. ${listed}${more}`;
}

/** Reads and checks a backup file completely; throws `BackupFileError` if anything is wrong. */
export async function readBackup(bytes: Uint8Array, options: ReadBackupOptions = {}): Promise<BackupContents> {
  if (!startsWithMagic(bytes)) throw new BackupFileError('not-a-backup', MESSAGES.notABackup);
  const newline = bytes.indexOf(NEWLINE);
  if (newline < 0) throw new BackupFileError('truncated', MESSAGES.truncated);
  const header = parseHeader(bytes.subarray(0, newline));

  let payload = bytes.subarray(newline + 1);
  if (payload.byteLength === header.payloadBytes + 1 && payload[payload.byteLength - 1] === NEWLINE) {
    payload = payload.subarray(0, header.payloadBytes);
  }
  if (payload.byteLength < header.payloadBytes) throw new BackupFileError('truncated', MESSAGES.truncated);
  if (payload.byteLength > header.payloadBytes || sha256Hex(payload) !== header.sha256) {
    throw new BackupFileError('corrupt', MESSAGES.corrupt);
  }

  let data: unknown;
  try {
    data = JSON.parse(decodeUtf8(payload) ?? '');
  } catch {
    throw new BackupFileError('corrupt', MESSAGES.corrupt);
  }
  if (!isObject(data) || !Array.isArray(data.attachments)) throw new BackupFileError('corrupt', MESSAGES.corrupt);
  const { collections } = data;
  if (!isCollectionMap(collections, (list) => Array.isArray(list) && list.every(isObject))) {
    throw new BackupFileError('corrupt', MESSAGES.corrupt);
  }
  const raw = collections as Record<CollectionName, Record<string, unknown>[]>;
  if (COLLECTION_NAMES.some((name) => raw[name].length !== header.counts[name]) || data.attachments.length !== header.attachmentCount) {
    throw new BackupFileError('corrupt', MESSAGES.corrupt);
  }

  // Records written under an older schema are brought up to date as the database would do.
  const current = options.schemaVersions ?? currentSchemaVersions();
  const migrations = options.migrations ?? appMigrations(officialsIn(raw.members));
  const migrated = {} as Record<CollectionName, Record<string, unknown>[]>;
  for (const name of COLLECTION_NAMES) {
    const from = header.schemaVersions[name];
    const to = current[name];
    if (from > to) {
      throw new BackupFileError(
        'newer-version',
        `This backup was made by a newer version of Quorum (Quorum ${header.appVersion.slice(0, 40)}), whose ${name} records this Quorum cannot read. Update Quorum, then restore it. Nothing was restored.`,
      );
    }
    try {
      migrated[name] = from === to ? raw[name] : await migrateRecords(name, raw[name], from, to, migrations);
    } catch (error) {
      const reason = error instanceof MissingMigrationError ? error.message : 'A record could not be brought up to date.';
      throw new BackupFileError('invalid-records', `${reason} Nothing was restored.`);
    }
  }

  const problems = checkRecords(migrated);
  if (problems.length > 0) throw new BackupFileError('invalid-records', invalidRecordsMessage(problems), problems);

  const attachments = data.attachments.map(parseAttachment);
  if (new Set(attachments.map((a) => a.id)).size !== attachments.length) throw new BackupFileError('corrupt', MESSAGES.corrupt);

  return { header, records: migrated as unknown as BackupRecords, attachments };
}

/** `Quorum backup 2026-11-26 1430.quorumbackup`, in the municipality's time zone. */
export function backupFileName(createdAt: string, timeZone = DEFAULT_TIME_ZONE): string {
  return `Quorum backup ${instantToDate(createdAt, timeZone)} ${instantToTime(createdAt, timeZone).replace(':', '')}.${BACKUP_EXTENSION}`;
}
