// Draws Jalon's icons (a milestone marker, "borne", on Word blue) from one SVG, at the sizes the manifest
// and Office need, with Debian's headless Chromium. Run: node scripts/make-icons.mjs (the PNGs are committed).
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 64, 80, 128];

export const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect x="0" y="0" width="64" height="64" rx="12" fill="#185abd"/>
  <path d="M18 55 V27 a14 14 0 0 1 28 0 V55 Z" fill="#ffffff"/>
  <path d="M18 31 V27 a14 14 0 0 1 28 0 V31 Z" fill="#e1000f"/>
  <path d="M24.5 42 L30 47.5 L40 36.5" fill="none" stroke="#185abd" stroke-width="4.5" stroke-linecap="round" stroke-linejoin="round"/>
  <rect x="12" y="54" width="40" height="4" rx="2" fill="#ffffff"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  mkdirSync('assets', { recursive: true });
  writeFileSync('assets/logo.svg', SVG + '\n');
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({
      path: `assets/icon-${size}.png`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
