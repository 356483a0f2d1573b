import { describe, expect, it } from 'vitest';
import { createCredentialStore } from '../../../electron/credentials-store';

function fakeSafeStorage(available: boolean) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (buffer: Buffer) => [...buffer.toString().replace(/^enc:/, '')].reverse().join(''),
  };
}

function memoryFiles() {
  let contents: string | null = null;
  return {
    read: () => Promise.resolve(contents),
    write: (text: string) => {
      contents = text;
      return Promise.resolve();
    },
    peek: () => contents,
  };
}

describe('credential store', () => {
  it('keeps secrets encrypted on disk and reads them back', async () => {
    const files = memoryFiles();
    const store = createCredentialStore(fakeSafeStorage(true), files);
    await expect(store.set('sync', 'hunter2-pässwörd')).resolves.toBe('encrypted');
    expect(files.peek()).not.toContain('hunter2');
    await expect(store.get('sync')).resolves.toBe('hunter2-pässwörd');
    const again = createCredentialStore(fakeSafeStorage(true), files);
    await expect(again.get('sync')).resolves.toBe('hunter2-pässwörd');
  });

  it('keeps secrets for the session only when the OS offers no encryption', async () => {
    const files = memoryFiles();
    const store = createCredentialStore(fakeSafeStorage(false), files);
    await expect(store.set('sync', 'hunter2')).resolves.toBe('session');
    expect(files.peek()).toBeNull();
    await expect(store.get('sync')).resolves.toBe('hunter2');
    await expect(createCredentialStore(fakeSafeStorage(false), files).get('sync')).resolves.toBeNull();
  });

  it('forgets a removed secret', async () => {
    const files = memoryFiles();
    const store = createCredentialStore(fakeSafeStorage(true), files);
    await store.set('sync', 'a');
    await store.remove('sync');
    await expect(store.get('sync')).resolves.toBeNull();
  });

  it('survives a damaged vault file', async () => {
    const files = memoryFiles();
    await files.write('{not json');
    const store = createCredentialStore(fakeSafeStorage(true), files);
    await expect(store.get('sync')).resolves.toBeNull();
    await expect(store.set('sync', 'b')).resolves.toBe('encrypted');
    await expect(store.get('sync')).resolves.toBe('b');
  });
});
