/** IPC handlers for files: saving an export where the person chooses in the native dialog. */
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc-contract';
import type { SavedFiles } from '../saved-files';
import type { IpcGate } from './handle';

export interface FileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  defaultFolder(): string;
  savedFiles: SavedFiles;
}

/** Adds the filter's extension when the person typed a name without one. */
export function withExtension(filePath: string, request: SaveFileRequest): string {
  const wanted = request.filters[0]?.extensions[0];
  if (!wanted || path.extname(filePath)) return filePath;
  return `${filePath}.${wanted}`;
}

export async function saveFile(deps: FileDeps, request: SaveFileRequest): Promise<SaveFileResult> {
  const choice = await deps.showSaveDialog({
    title: 'Save document',
    defaultPath: path.join(deps.defaultFolder(), request.suggestedName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const filePath = withExtension(choice.filePath, request);
  await deps.writeFile(filePath, request.bytes);
  return { status: 'saved', fileName: path.basename(filePath), fileId: deps.savedFiles.remember(filePath) };
}

export function registerFileHandlers(gate: IpcGate, deps: FileDeps): void {
  gate.handle('files:save', (request) => saveFile(deps, request));
}
