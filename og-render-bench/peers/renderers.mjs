// One factory per renderer: create() -> { version, render(vars) -> PNG bytes, close() }.
// Setup (fonts, browser launch) is outside the timing; render() is what a server does per image.
import fs from 'node:fs';
import path from 'node:path';
import { FONTS, WIDTH, HEIGHT, cardElement, cardHtml } from './card.mjs';

// read node_modules/<pkg>/package.json directly: some packages do not export ./package.json
const HERE = path.dirname(new URL(import.meta.url).pathname);
const versionOf = (pkg) => JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/** Takumi (Rust, napi): element tree converted by @takumi-rs/helpers per image (timed, as a server would). */
export async function takumi() {
  const { Renderer } = await import('@takumi-rs/core');
  const { fromJsx } = await import('@takumi-rs/helpers/jsx');
  const renderer = new Renderer();
  for (const f of FONTS) await renderer.registerFont({ name: f.name, data: f.data, weight: f.weight, style: f.style });
  return {
    version: `@takumi-rs/core ${versionOf('@takumi-rs/core')}`,
    async render(vars) {
      const { node, css } = await fromJsx(cardElement(vars));
      return renderer.render(node, { width: WIDTH, height: HEIGHT, format: 'png', css });
    },
    close() {},
  };
}

/** Satori (JS, element tree -> SVG with text as paths) then resvg-js (Rust, napi) SVG -> PNG: @vercel/og's pipeline. */
export async function satoriResvg() {
  const satori = (await import('satori')).default;
  const { Resvg } = await import('@resvg/resvg-js');
  return {
    version: `satori ${versionOf('satori')} + @resvg/resvg-js ${versionOf('@resvg/resvg-js')}`,
    async render(vars) {
      const svg = await satori(cardElement(vars), { width: WIDTH, height: HEIGHT, fonts: FONTS });
      return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    },
    close() {},
  };
}

/** Headless Debian Chromium, warm: one browser and one page; per image setContent + fonts ready + screenshot. */
export async function chromium() {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    defaultViewport: { width: WIDTH, height: HEIGHT, deviceScaleFactor: 1 },
  });
  const page = await browser.newPage();
  const render = async (vars) => {
    await page.setContent(cardHtml(vars), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return Buffer.from(await page.screenshot({ type: 'png' }));
  };
  await render({ title: 'x', category: 'x', author: 'x' });
  await checkFonts(page);
  return {
    version: `Chromium ${(await browser.version()).replace(/^\D+/, '')} (puppeteer-core ${versionOf('puppeteer-core')})`,
    render,
    close: () => browser.close(),
  };
}

/** Fails if Chromium drew the title with a system font instead of the @font-face TTF (Debian may have Inter). */
async function checkFonts(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  for (const selector of ['.title', '.category', '.logo']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (!fonts.length || fonts.some((f) => !f.isCustomFont)) {
      throw new Error(`Chromium drew ${selector} with a system font: ${JSON.stringify(fonts)}`);
    }
  }
  await cdp.detach();
}
