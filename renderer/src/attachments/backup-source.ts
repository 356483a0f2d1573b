/** The attachment store as a backup reads and restores it (features/backup/attachment-source.ts). */
import type { AttachmentSource } from '../features/backup/attachment-source';
import type { AttachmentStore } from './attachment-store';

export function attachmentBackupSource(store: AttachmentStore): AttachmentSource {
  return {
    list: () => store.list(),
    read: (id) => store.readBytes(id),
    write: (file) => store.write(file),
    remove: (id) => store.remove(id),
  };
}

/**
 * The browser's attachment store for backups, loaded on first use: PouchDB stays out of the
 * start-up bundle, as the sync runner also loads it only when sync starts.
 */
export function lazyBrowserAttachmentSource(): AttachmentSource {
  const source = () => import('./browser-attachment-store').then(({ browserAttachmentStore }) => attachmentBackupSource(browserAttachmentStore()));
  return {
    list: () => source().then((s) => s.list()),
    read: (id) => source().then((s) => s.read(id)),
    write: (file) => source().then((s) => s.write(file)),
    remove: (id) => source().then((s) => s.remove(id)),
  };
}
