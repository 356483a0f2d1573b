/**
 * The attachment store for components: the page's one store unless a provider gives another
 * (tests, a different device), and a download that hands a file to the platform (a native save
 * dialog in the desktop app, the browser's downloads otherwise).
 */
import { createContext, useContext } from 'react';
import { parseFileName } from '@shared/ipc-contract';
import { platform } from '../platform/platform';
import type { AttachmentRef, AttachmentStore } from './attachment-store';
import { browserAttachmentStore } from './browser-attachment-store';

export const AttachmentStoreContext = createContext<AttachmentStore | null>(null);

export function useAttachmentStore(): AttachmentStore {
  return useContext(AttachmentStoreContext) ?? browserAttachmentStore();
}

/** A file name the save dialog accepts: no folders or reserved characters. */
export function safeFileName(name: string): string {
  const cleaned =
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
      .trim()
      .slice(0, 180) || 'attachment';
  try {
    return parseFileName(cleaned);
  } catch {
    return 'attachment';
  }
}

export async function downloadAttachment(store: AttachmentStore, ref: AttachmentRef): Promise<void> {
  const blob = await store.get(ref.id);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const name = safeFileName(ref.name);
  const extension = /\.([a-z0-9]{1,10})$/i.exec(name)?.[1];
  await platform.files.save({
    suggestedName: name,
    bytes,
    filters: extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension.toLowerCase()] }] : [],
  });
}
