/**
 * IPC handlers for files. Every path is chosen by the person in a native dialog, never by the
 * renderer: saving hands back an opaque id, and "Open" / "Show in folder" accept only ids this
 * process handed out. Reading a file goes through the native open dialog and returns its bytes.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { LIMITS, type PickFileRequest, type PickFileResult, type SaveFileRequest, type SaveFileResult } from '../../shared/ipc-contract';
import type { SavedFiles } from '../saved-files';
import { IpcRefusal, type IpcGate } from './handle';

export interface FileDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string): Promise<Uint8Array>;
  /** Electron's `shell.openPath`: resolves to '' on success, or to the reason it failed. */
  openPath(filePath: string): Promise<string>;
  showItemInFolder(filePath: string): void;
  defaultFolder(): string;
  savedFiles: SavedFiles;
}

/**
 * Kinds of file "Open" hands to the operating system. Documents only: even if a compromised
 * renderer got a program saved under a name like `minutes.exe`, Quorum would not launch it.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set(['docx', 'doc', 'odt', 'pdf', 'rtf', 'txt', 'csv', 'xlsx', 'ods', 'json', 'quorumbackup']);

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

function savedPath(deps: FileDeps, fileId: string): string {
  const filePath = deps.savedFiles.pathOf(fileId);
  if (!filePath) throw new IpcRefusal('That file was not saved by Quorum in this session.');
  return filePath;
}

export async function openSavedFile(deps: FileDeps, fileId: string): Promise<null> {
  const filePath = savedPath(deps, fileId);
  const extension = path.extname(filePath).slice(1).toLowerCase();
  if (!OPENABLE_EXTENSIONS.has(extension)) {
    throw new IpcRefusal(`Quorum does not open .${extension || '(no extension)'} files; use "Show in folder" instead.`);
  }
  const failure = await deps.openPath(filePath);
  if (failure) throw new Error(`${path.basename(filePath)} could not be opened: ${failure}`);
  return null;
}

export function showSavedFile(deps: FileDeps, fileId: string): null {
  deps.showItemInFolder(savedPath(deps, fileId));
  return null;
}

export async function pickFile(deps: FileDeps, request: PickFileRequest): Promise<PickFileResult> {
  const choice = await deps.showOpenDialog({
    title: request.title,
    defaultPath: deps.defaultFolder(),
    filters: request.filters,
    properties: ['openFile'],
  });
  const filePath = choice.filePaths[0];
  if (choice.canceled || !filePath) return { status: 'cancelled' };
  const size = await deps.fileSize(filePath);
  if (size > LIMITS.fileBytes) {
    throw new Error(`${path.basename(filePath)} is larger than ${LIMITS.fileBytes / 1024 / 1024} MB; Quorum cannot read it.`);
  }
  return { status: 'picked', fileName: path.basename(filePath), bytes: await deps.readFile(filePath) };
}

export function registerFileHandlers(gate: IpcGate, deps: FileDeps): void {
  gate.handle('files:save', (request) => saveFile(deps, request));
  gate.handle('files:open', (fileId) => openSavedFile(deps, fileId));
  gate.handle('files:show-in-folder', (fileId) => showSavedFile(deps, fileId));
  gate.handle('files:pick', (request) => pickFile(deps, request));
}
