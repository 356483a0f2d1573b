import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openSavedFile, pickFile, saveFile, showSavedFile, type FileDeps } from '../../../electron/ipc/files';
import { IpcRefusal } from '../../../electron/ipc/handle';
import { SavedFiles } from '../../../electron/saved-files';

const request = {
  suggestedName: '2026-11-26 Council Minutes DRAFT.docx',
  bytes: new Uint8Array([80, 75, 3, 4]),
  filters: [{ name: 'Word document', extensions: ['docx'] }],
};

function deps(overrides: Partial<FileDeps> = {}): FileDeps & { savedFiles: SavedFiles } {
  return {
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    writeFile: vi.fn(() => Promise.resolve()),
    fileSize: () => Promise.resolve(0),
    readFile: () => Promise.resolve(new Uint8Array()),
    openPath: vi.fn(() => Promise.resolve('')),
    showItemInFolder: vi.fn(),
    defaultFolder: () => '/home/thuli/Documents',
    savedFiles: new SavedFiles(),
    ...overrides,
  };
}

describe('saving a file', () => {
  it('writes where the person chose and hands back an id, not the path', async () => {
    const chosen = path.join('/home/thuli/Documents', 'Minutes.docx');
    const d = deps({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: chosen }) });
    const result = await saveFile(d, request);
    expect(d.writeFile).toHaveBeenCalledWith(chosen, request.bytes);
    expect(result).toMatchObject({ status: 'saved', fileName: 'Minutes.docx' });
    if (result.status !== 'saved') throw new Error('not saved');
    expect(result).not.toHaveProperty('path');
    expect(d.savedFiles.pathOf(result.fileId)).toBe(chosen);
    expect(d.savedFiles.pathOf('made-up-id')).toBeNull();
  });

  it('suggests the name in the default folder', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: true }));
    await saveFile(deps({ showSaveDialog, defaultFolder: () => '/docs' }), request);
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join('/docs', request.suggestedName), filters: request.filters }));
  });

  it('writes nothing when the person cancels', async () => {
    const d = deps();
    expect(await saveFile(d, request)).toEqual({ status: 'cancelled' });
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('adds the extension when the person typed a name without one', async () => {
    const d = deps({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: '/d/Minutes' }) });
    await saveFile(d, request);
    expect(d.writeFile).toHaveBeenCalledWith('/d/Minutes.docx', request.bytes);
  });
});

describe('opening and showing a saved file', () => {
  it('opens a saved document in its usual app and shows it in its folder', async () => {
    const d = deps();
    const id = d.savedFiles.remember('/home/thuli/Documents/Minutes.docx');
    await expect(openSavedFile(d, id)).resolves.toBeNull();
    expect(d.openPath).toHaveBeenCalledWith('/home/thuli/Documents/Minutes.docx');
    showSavedFile(d, id);
    expect(d.showItemInFolder).toHaveBeenCalledWith('/home/thuli/Documents/Minutes.docx');
  });

  it('refuses an id it never handed out', async () => {
    const d = deps();
    d.savedFiles.remember('/home/thuli/Documents/Minutes.docx');
    const stranger = '00000000-0000-4000-8000-000000000000';
    await expect(openSavedFile(d, stranger)).rejects.toBeInstanceOf(IpcRefusal);
    expect(() => showSavedFile(d, stranger)).toThrow(IpcRefusal);
    expect(d.openPath).not.toHaveBeenCalled();
    expect(d.showItemInFolder).not.toHaveBeenCalled();
  });

  it('never launches a program, even one saved through the dialog', async () => {
    const d = deps();
    for (const name of ['/tmp/minutes.exe', '/tmp/run.sh', '/tmp/Agenda.docx.app', '/tmp/noextension']) {
      await expect(openSavedFile(d, d.savedFiles.remember(name))).rejects.toThrow(/does not open/);
    }
    expect(d.openPath).not.toHaveBeenCalled();
  });

  it('says why the system could not open the file', async () => {
    const d = deps({ openPath: () => Promise.resolve('No application is associated with the file') });
    const id = d.savedFiles.remember('/tmp/Register.csv');
    await expect(openSavedFile(d, id)).rejects.toThrow('Register.csv could not be opened: No application is associated with the file');
  });
});

describe('reading a file the person picks', () => {
  const pick = { title: 'Choose a Quorum backup', filters: [{ name: 'Quorum backup', extensions: ['quorumbackup'] }] };

  it('reads the chosen file', async () => {
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: ['/backups/Quorum 2026-11-26.quorumbackup'] }));
    const result = await pickFile(
      deps({ showOpenDialog, fileSize: () => Promise.resolve(3), readFile: () => Promise.resolve(new Uint8Array([1, 2, 3])) }),
      pick,
    );
    expect(result).toEqual({ status: 'picked', fileName: 'Quorum 2026-11-26.quorumbackup', bytes: new Uint8Array([1, 2, 3]) });
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ title: pick.title, filters: pick.filters, properties: ['openFile'] }));
  });

  it('reads nothing when the person cancels', async () => {
    const readFile = vi.fn();
    expect(await pickFile(deps({ readFile }), pick)).toEqual({ status: 'cancelled' });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file too large to read, before reading it', async () => {
    const readFile = vi.fn();
    const d = deps({
      showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: ['/x/huge.quorumbackup'] }),
      fileSize: () => Promise.resolve(500 * 1024 * 1024),
      readFile,
    });
    await expect(pickFile(d, pick)).rejects.toThrow(/larger than 200 MB/);
    expect(readFile).not.toHaveBeenCalled();
  });
});
