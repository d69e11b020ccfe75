// What the stores and a first look check before anything else: the icons (every size, in the manifest and the
// toolbar button, loadable from the installed extension), the Firefox add-on id and both minimum versions.
// Both builds, each in its own browser.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionBuildPath, launchBrowser, type E2EBrowser } from './support/browsers';

type Manifest = {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string> };
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
};

const STORE_ICON_SIZES = ['16', '32', '48', '96', '128'];

async function pngSize(file: string): Promise<{ width?: number; height?: number }> {
  const { width, height, format } = await sharp(file).metadata();
  expect(format).toBe('png');
  return { width, height };
}

describe.each(['chromium', 'firefox'] as const)('%s build', (browserName) => {
  const buildPath = extensionBuildPath(browserName);
  let manifest: Manifest;
  let browser: E2EBrowser;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(`${buildPath}/manifest.json`, 'utf8')) as Manifest;
    browser = await launchBrowser(browserName);
  });
  afterAll(async () => browser?.close());

  test('declares icons at 16, 32, 48, 96 and 128 px, each file square at its stated size', async () => {
    expect(Object.keys(manifest.icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(STORE_ICON_SIZES);
    for (const [size, file] of Object.entries(manifest.icons ?? {})) {
      expect(await pngSize(`${buildPath}/${file}`)).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  test('gives the toolbar button its own icons (action in MV3, browser_action in MV2)', async () => {
    const toolbar = browserName === 'firefox' ? manifest.browser_action : manifest.action;
    expect(toolbar?.default_icon).toEqual({ 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png' });
  });

  test('the 16 px icon reads on light and dark toolbars: opaque, with a light and a dark part', async () => {
    const { data, info } = await sharp(`${buildPath}/icons/16.png`)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let opaque = 0;
    let light = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += info.channels) {
      if (data[i + 3]! < 200) continue;
      opaque += 1;
      const luminance = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      if (luminance > 200) light += 1;
      if (luminance < 90) dark += 1;
    }
    expect(opaque / (16 * 16)).toBeGreaterThan(0.75);
    expect(light).toBeGreaterThan(8);
    expect(dark).toBeGreaterThan(8);
  });

  test('the installed extension serves each icon at its size', async () => {
    const page = await browser.openExtensionPage('popup.html');
    const sizes = await page.evaluate(
      (files: string[]) =>
        Promise.all(
          files.map(
            (file) =>
              new Promise<number[]>((resolve) => {
                const image = new Image();
                image.onload = () => resolve([image.naturalWidth, image.naturalHeight]);
                image.onerror = () => resolve([0, 0]);
                image.src = `/${file}`;
              }),
          ),
        ),
      Object.values(manifest.icons ?? {}),
    );
    expect(sizes).toEqual(STORE_ICON_SIZES.map((size) => [Number(size), Number(size)]));
    await page.close();
  });

  test.runIf(browserName === 'chromium')('asks for Chromium 123 or later', () => {
    expect(manifest.minimum_chrome_version).toBe('123');
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  test.runIf(browserName === 'firefox')('has a real add-on id and asks for Firefox 140 or later', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
    expect(gecko?.strict_min_version).toBe('140.0');
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });
});
