/**
 * Credentials (the sync password) encrypted with the operating system's keychain through
 * Electron's `safeStorage`, kept as ciphertext in one JSON file in the user data folder.
 * Where the OS offers no encryption (a Linux desktop without a keyring), secrets are kept in
 * memory for this session only: never written to disk in plain text.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface CredentialFiles {
  read(): Promise<string | null>;
  write(contents: string): Promise<void>;
}

export type CredentialPersistence = 'encrypted' | 'session';

export interface CredentialStore {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<CredentialPersistence>;
  remove(account: string): Promise<void>;
}

export function createCredentialStore(safeStorage: SafeStorageLike, files: CredentialFiles): CredentialStore {
  const sessionOnly = new Map<string, string>();

  async function readVault(): Promise<Record<string, string>> {
    const text = await files.read();
    if (!text) return {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch {
      return {};
    }
  }

  return {
    async get(account) {
      const inSession = sessionOnly.get(account);
      if (inSession !== undefined) return inSession;
      const cipher = (await readVault())[account];
      if (cipher === undefined || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(cipher, 'base64'));
      } catch {
        return null;
      }
    },
    async set(account, secret) {
      if (!safeStorage.isEncryptionAvailable()) {
        sessionOnly.set(account, secret);
        return 'session';
      }
      const vault = await readVault();
      vault[account] = safeStorage.encryptString(secret).toString('base64');
      await files.write(JSON.stringify(vault));
      sessionOnly.delete(account);
      return 'encrypted';
    },
    async remove(account) {
      sessionOnly.delete(account);
      const vault = await readVault();
      if (account in vault) {
        delete vault[account];
        await files.write(JSON.stringify(vault));
      }
    },
  };
}
