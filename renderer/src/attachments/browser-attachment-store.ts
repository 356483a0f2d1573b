/** The app's one attachment store: PouchDB on IndexedDB here, PouchDB's HTTP adapter for the server. */
import { AttachmentStore } from './attachment-store';
import { openLocalPouch, openRemotePouch } from './pouchdb-browser.js';

export const ATTACHMENTS_DATABASE_NAME = 'quorum-attachments';

let store: AttachmentStore | null = null;

export function browserAttachmentStore(): AttachmentStore {
  store ??= new AttachmentStore({
    local: openLocalPouch(ATTACHMENTS_DATABASE_NAME),
    openRemote: ({ url, fetch }) => openRemotePouch(url, fetch),
    binary: 'blob',
  });
  return store;
}
