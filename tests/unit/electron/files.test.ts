import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../../electron/ipc/files';
import { SavedFiles } from '../../../electron/saved-files';

const request = {
  suggestedName: '2026-11-26 Council Minutes DRAFT.docx',
  bytes: new Uint8Array([80, 75, 3, 4]),
  filters: [{ name: 'Word document', extensions: ['docx'] }],
};

describe('saving a file', () => {
  it('writes where the person chose and hands back an id, not the path', async () => {
    const writeFile = vi.fn(() => Promise.resolve());
    const savedFiles = new SavedFiles();
    const chosen = path.join('/home/thuli/Documents', 'Minutes.docx');
    const result = await saveFile(
      { showSaveDialog: () => Promise.resolve({ canceled: false, filePath: chosen }), writeFile, defaultFolder: () => '/home/thuli/Documents', savedFiles },
      request,
    );
    expect(writeFile).toHaveBeenCalledWith(chosen, request.bytes);
    expect(result).toMatchObject({ status: 'saved', fileName: 'Minutes.docx' });
    if (result.status !== 'saved') throw new Error('not saved');
    expect(result).not.toHaveProperty('path');
    expect(savedFiles.pathOf(result.fileId)).toBe(chosen);
    expect(savedFiles.pathOf('made-up-id')).toBeNull();
  });

  it('suggests the name in the default folder', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: true }));
    await saveFile({ showSaveDialog, writeFile: vi.fn(), defaultFolder: () => '/docs', savedFiles: new SavedFiles() }, request);
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/docs', request.suggestedName), filters: request.filters }),
    );
  });

  it('writes nothing when the person cancels', async () => {
    const writeFile = vi.fn();
    const result = await saveFile(
      { showSaveDialog: () => Promise.resolve({ canceled: true }), writeFile, defaultFolder: () => '/d', savedFiles: new SavedFiles() },
      request,
    );
    expect(result).toEqual({ status: 'cancelled' });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('adds the extension when the person typed a name without one', async () => {
    const writeFile = vi.fn(() => Promise.resolve());
    await saveFile(
      { showSaveDialog: () => Promise.resolve({ canceled: false, filePath: '/d/Minutes' }), writeFile, defaultFolder: () => '/d', savedFiles: new SavedFiles() },
      request,
    );
    expect(writeFile).toHaveBeenCalledWith('/d/Minutes.docx', request.bytes);
  });
});
