/**
 * What a backup needs from the attachment store (report PDFs, annexures, signed minutes):
 * list what is stored, read a file's bytes, write one back, and remove one (to undo a restore
 * that failed part-way). The store itself lives in renderer/src/attachments/; this interface
 * keeps backups independent of how it keeps the bytes.
 */
import type { AttachmentFile } from '@shared/backup/format';

export interface AttachmentInfo {
  id: string;
  name: string;
  mimeType: string;
  size: number;
}

export interface AttachmentSource {
  list(): Promise<AttachmentInfo[]>;
  /** The bytes of a stored attachment; rejects when there is no such attachment. */
  read(id: string): Promise<Uint8Array>;
  /** Stores the file under its id, replacing any attachment with that id. */
  write(file: AttachmentFile): Promise<void>;
  remove(id: string): Promise<void>;
}

/** For a database without an attachment store: backups then hold records only. */
export const NO_ATTACHMENTS: AttachmentSource = {
  list: () => Promise.resolve([]),
  read: (id) => Promise.reject(new Error(`There is no attachment ${id}.`)),
  write: () => Promise.reject(new Error('This Quorum has no attachment store to restore attachments into.')),
  remove: () => Promise.resolve(),
};
