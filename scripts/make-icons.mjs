#!/usr/bin/env node
// Renders the app icon from renderer/public/quorum.svg into the PNGs electron-builder packages:
// build/icon.png (1024×1024; electron-builder derives the Windows .ico and the macOS .icns from
// it) and build/icons/<N>x<N>.png for the Linux desktop entry. Run `npm run icons` after the SVG
// changes and commit the PNGs. Uses Playwright with Debian's /usr/bin/chromium when present
// (QUORUM_CHROMIUM overrides, as for the end-to-end tests).
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'renderer', 'public', 'quorum.svg');
const buildDir = path.join(root, 'build');
const linuxDir = path.join(buildDir, 'icons');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const requested = process.env.QUORUM_CHROMIUM;
const executablePath = requested === 'playwright' ? undefined : (requested ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined));

const svg = await readFile(source, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

await mkdir(linuxDir, { recursive: true });
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  async function render(size, file) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    // Transparent corners: the icon's rounded square shows the desktop behind it.
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`Wrote ${path.relative(root, file)}`);
  }
  await render(1024, path.join(buildDir, 'icon.png'));
  for (const size of LINUX_SIZES) await render(size, path.join(linuxDir, `${size}x${size}.png`));
} finally {
  await browser.close();
}
