/**
 * The packaging settings, read from electron-builder.yml as electron-builder reads them: the
 * installers Quorum promises municipal IT, the hardening fuses, the update feed, and the
 * icons and entitlements the file points at.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const text = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const config = load(text) as Record<string, Record<string, unknown> & { target?: unknown }>;

function targets(platform: 'win' | 'mac' | 'linux'): string[] {
  const list = config[platform]?.target as (string | { target: string })[];
  return list.map((t) => (typeof t === 'string' ? t : t.target));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(root, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('names the app and keeps its build resources in build/', () => {
    expect(config).toMatchObject({ appId: 'za.org.quorum.secretariat', productName: 'Quorum', asar: true });
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'build' });
  });

  it('builds NSIS for Windows, dmg and zip for macOS, AppImage and deb for Linux', () => {
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg', 'zip']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
  });

  it('installs per user on Windows, never asking for administrator rights', () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
  });

  it('signs macOS builds with the hardened runtime and the entitlements file', () => {
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    });
    const plist = readFileSync(path.join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
    // Entitlements that would undo the hardening are absent.
    expect(plist).not.toContain('disable-library-validation');
    expect(plist).not.toContain('allow-dyld-environment-variables');
  });

  it('associates no files and claims no URL scheme', () => {
    expect(config.fileAssociations).toEqual([]);
    expect(config.protocols).toEqual([]);
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('publishes to a generic feed whose address comes from the build environment, with no secret in the file', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.QUORUM_UPDATE_URL}', channel: 'latest' });
    const values: string[] = [];
    const walk = (node: unknown, key: string): void => {
      if (typeof node === 'string') values.push(`${key}=${node}`);
      else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    walk(config, '');
    expect(values.filter((v) => /\b(token|password|secret)\b|https?:\/\/[^\s/]*@/i.test(v))).toEqual([]);
  });

  it('packages the built app only, without source maps', () => {
    expect(config.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map']);
  });

  it('has the icons it points at, at every size', () => {
    expect(config.win?.icon).toBe('build/icon.png');
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.linux?.icon).toBe('build/icons');
    expect(pngSize('build/icon.png')).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = `build/icons/${size}x${size}.png`;
      expect(existsSync(path.join(root, file)), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
