#!/usr/bin/env node
// Renders HTML pages with headless Debian Chromium at 1200x630 (device scale 1), the bundled Inter
// fonts injected as @font-face, and writes <name>.png beside each page (or into --out DIR).
//
// usage: node render.mjs [--out DIR] [--width 1200] [--height 630] <page.html | folder>...
//   a folder means every *.html at any depth below it.
//
// Fails (exit 1) if any text was drawn with a font that is not one of the injected faces: with
// Debian's fonts-inter installed, Chromium would otherwise silently draw a system "Inter".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { FAMILY, fontFaceCss } from './fonts.mjs';

const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

function parseArgs(argv) {
  const opts = { out: null, width: 1200, height: 630, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i];
    else if (a === '--width') opts.width = Number(argv[++i]);
    else if (a === '--height') opts.height = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}. Allowed: --out DIR | --width N | --height N`);
    else opts.inputs.push(a);
  }
  if (!opts.inputs.length) throw new Error('usage: node render.mjs [--out DIR] <page.html | folder>...');
  return opts;
}

function htmlFiles(inputs) {
  return inputs.flatMap((input) => {
    const abs = path.resolve(input);
    if (!fs.existsSync(abs)) throw new Error(`no such file or folder: ${input}`);
    if (!fs.statSync(abs).isDirectory()) return [abs];
    return walk(abs);
  });
}

/** Every *.html at any depth below a folder, sorted by path. */
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(p);
      return e.name.endsWith('.html') ? [p] : [];
    });
}

/** Loads every injected face up front: a face no element asks for yet would otherwise load lazily. */
async function injectFonts(page, css) {
  await page.addStyleTag({ content: css });
  const failed = await page.evaluate(async (family) => {
    const faces = [...document.fonts].filter((f) => f.family.replace(/['"]/g, '') === family);
    const results = await Promise.allSettled(faces.map((f) => f.load()));
    await document.fonts.ready;
    // two frames so layout and paint see the loaded faces
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return results.filter((r) => r.status === 'rejected').length + (faces.length === 0 ? 1 : 0);
  }, FAMILY);
  if (failed) throw new Error(`${failed} injected @font-face rule(s) failed to load`);
}

/** Asks Chromium which font drew the text of each element (CDP CSS.getPlatformFontsForNode). */
async function checkFonts(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const used = new Map();
    for (const el of textElements(root)) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: el.nodeId });
      const bad = fonts.filter((f) => !f.isCustomFont);
      if (bad.length) {
        throw new Error(`<${el.localName} class="${attr(el, 'class')}"> drawn with system font(s) `
          + `${bad.map((f) => f.postScriptName || f.familyName).join(', ')}; only injected @font-face fonts are allowed`);
      }
      for (const f of fonts) used.set(f.postScriptName, (used.get(f.postScriptName) || 0) + f.glyphCount);
    }
    return used;
  } finally {
    await cdp.detach();
  }
}

const SKIPPED = new Set(['head', 'style', 'script', 'title', 'template', 'noscript']);
function* textElements(node) {
  if (node.nodeType === 1 && SKIPPED.has(node.localName)) return;
  const children = node.children || [];
  if (node.nodeType === 1 && children.some((c) => c.nodeType === 3 && c.nodeValue.trim())) yield node;
  for (const c of children) yield* textElements(c);
  if (node.contentDocument) yield* textElements(node.contentDocument);
}
function attr(el, name) {
  const a = el.attributes || [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? a[i + 1] : '';
}

function pngSize(buf) {
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = htmlFiles(opts.inputs);
  if (opts.out) fs.mkdirSync(opts.out, { recursive: true });
  const css = fontFaceCss();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-reference-'));
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLE, headless: true, userDataDir, args: FLAGS,
    defaultViewport: { width: opts.width, height: opts.height, deviceScaleFactor: 1 },
  });
  try {
    console.log(`${await browser.version()} (${EXECUTABLE}), ${opts.width}x${opts.height}, scale 1`);
    for (const file of files) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await injectFonts(page, css);
      const used = await checkFonts(page);
      const png = Buffer.from(await page.screenshot({ type: 'png' }));
      const { width, height } = pngSize(png);
      if (width !== opts.width || height !== opts.height) {
        throw new Error(`${file}: screenshot is ${width}x${height}, expected ${opts.width}x${opts.height}`);
      }
      const target = path.join(opts.out || path.dirname(file), path.basename(file, '.html') + '.png');
      fs.writeFileSync(target, png);
      const fonts = [...used].map(([name, glyphs]) => `${name} x${glyphs}`).join(', ') || 'no text';
      console.log(`${path.relative(process.cwd(), target)}  fonts: ${fonts}`);
      await page.close();
    }
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
