#!/usr/bin/env node
// The fidelity gallery: every card page under og-render-core/src/test/resources/fidelity/{cards,staging}
// rendered by og-render (CLI jar), Takumi and Satori+resvg, each scored against the committed Chromium
// reference (<name>.png beside the page, made by scripts/reference/render.mjs) with SSIM as ssim.js 3.5
// computes it by default (the same number as dev.ogrender.testing.Ssim and FidelityTest). Writes
// docs/fidelity.md and downscaled thumbnails (600x315 JPEG) in docs/fidelity/.
//
// usage (from the repository root, after ./mvnw -q -B -ntp package -DskipTests):
//   node scripts/gallery/gallery.mjs [--jar og-render-cli/target/og-render.jar] [--docs docs] [--no-peers] [folder...]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPng, decodePng, halve, writeJpeg, writePng } from './lib/raster.mjs';
import { score } from './lib/score.mjs';
import { checkJar, renderWithOgRender } from './lib/ogrender.mjs';
import { createTakumi } from './lib/takumi.mjs';
import { createSatori } from './lib/satori.mjs';
import { writeReport } from './lib/report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIDELITY = path.join(ROOT, 'og-render-core/src/test/resources/fidelity');
const DEFAULT_FOLDERS = ['cards', 'staging'].map((f) => path.join(FIDELITY, f)).filter((f) => fs.existsSync(f));
const SIZE = { width: 1200, height: 630 };

function parseArgs(argv) {
  const opts = { jar: path.join(ROOT, 'og-render-cli/target/og-render.jar'), docs: path.join(ROOT, 'docs'), peers: true, folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jar') opts.jar = path.resolve(argv[++i]);
    else if (a === '--docs') opts.docs = path.resolve(argv[++i]);
    else if (a === '--no-peers') opts.peers = false;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}. Allowed: --jar FILE | --docs DIR | --no-peers`);
    else opts.folders.push(path.resolve(a));
  }
  if (!opts.folders.length) opts.folders = DEFAULT_FOLDERS;
  return opts;
}

/** A page itself, or every *.html below a folder (any depth, assets and node_modules skipped), sorted. */
function pages(dir) {
  if (!fs.existsSync(dir)) throw new Error(`no such file or folder: ${dir}`);
  if (!fs.statSync(dir).isDirectory()) return [dir];
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['assets', 'node_modules'].includes(e.name) ? [] : pages(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** Card id from its path below fidelity/ (or the repo): "cards/blog-card", "staging/extra/recipe". */
function cardId(page) {
  const base = page.startsWith(FIDELITY + path.sep) ? FIDELITY : ROOT;
  return path.relative(base, page).replace(/\.html$/, '').split(path.sep).join('/');
}

async function tryRender(renderer, page) {
  try {
    return { png: await renderer.render(page) };
  } catch (e) {
    return { error: String(e.message || e).split('\n')[0].slice(0, 300) };
  }
}

/** Scores one rendering; writes its thumbnail (and the diff's, for og-render). */
function judge(reference, png, thumbs, stem, withDiff) {
  const img = decodePng(png);
  const s = score(reference, img);
  writeJpeg(path.join(thumbs, `${stem}.jpg`), halve(img));
  if (withDiff) writeJpeg(path.join(thumbs, `${stem.replace(/-og-render$/, '')}-diff.jpg`), halve(s.diff), 85);
  return { ssim: s.ssim, offPixels: s.offPixels, diff: s.diff };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  checkJar(opts.jar);
  const thumbs = path.join(opts.docs, 'fidelity');
  fs.rmSync(thumbs, { recursive: true, force: true });
  fs.mkdirSync(thumbs, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'og-gallery-'));
  const peers = opts.peers ? [await createTakumi(SIZE), await createSatori(SIZE)] : [];
  const results = [];
  for (const page of opts.folders.flatMap(pages)) {
    const id = cardId(page);
    const stem = id.replace(/\//g, '--');
    const refFile = page.replace(/\.html$/, '.png');
    const row = { id, page: path.relative(ROOT, page), stem, scores: {}, errors: {}, warnings: [] };
    results.push(row);
    if (!fs.existsSync(refFile)) {
      row.errors.Chromium = `no reference ${path.relative(ROOT, refFile)}: run node scripts/reference/render.mjs on the page`;
      console.log(`${id}: no Chromium reference, skipped`);
      continue;
    }
    const reference = readPng(refFile);
    writeJpeg(path.join(thumbs, `${stem}-chromium.jpg`), halve(reference));
    try {
      const og = await renderWithOgRender(opts.jar, page, path.join(work, `${stem}.png`));
      row.warnings = og.warnings;
      row.scores['og-render'] = judge(reference, og.png, thumbs, `${stem}-og-render`, true);
      writePng(path.join(work, `${stem}-diff.png`), row.scores['og-render'].diff);
    } catch (e) {
      row.errors['og-render'] = e.message;
    }
    for (const peer of peers) {
      const out = await tryRender(peer, page);
      if (out.error) row.errors[peer.name] = out.error;
      else {
        try {
          row.scores[peer.name] = judge(reference, out.png, thumbs, `${stem}-${peer.name.toLowerCase()}`, false);
        } catch (e) {
          row.errors[peer.name] = e.message;
        }
      }
    }
    const line = ['og-render', ...peers.map((p) => p.name)]
      .map((n) => `${n} ${row.scores[n] ? row.scores[n].ssim.toFixed(4) : 'skipped'}`).join('  ');
    console.log(`${id}: ${line}${row.warnings.length ? `  (${row.warnings.length} og-render warnings)` : ''}`);
  }
  const renderers = ['og-render', ...peers.map((p) => p.name)];
  writeReport(path.join(opts.docs, 'fidelity.md'), results, renderers, { jar: path.relative(ROOT, opts.jar) });
  console.log(`wrote ${path.relative(ROOT, path.join(opts.docs, 'fidelity.md'))}, thumbnails in ${path.relative(ROOT, thumbs)}; full-size og-render PNGs and diffs in ${work}`);
}

main().catch((e) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
