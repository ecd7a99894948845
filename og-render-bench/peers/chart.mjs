// Draws the bar chart of median ms per card with og-render itself (og-render-cli/target/og-render.jar):
// an HTML page of flex rows, rendered to a 1200x630 PNG.
//   node og-render-bench/peers/chart.mjs out/results.json docs/benchmarks-peers.png
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from './card.mjs';

const COLORS = { 'og-render': '#764ba2', 'og-render (1 thread)': '#9a7bc0', takumi: '#4a7fd4', 'satori+resvg': '#2f9e77', chromium: '#d9822b' };

/** @returns {string} what was written */
export function writeChart(rows, machine, pngPath) {
  const max = Math.max(...rows.map((r) => r.median));
  const bars = rows.map((r) => `
  <div class="row">
    <div class="name">${r.id}</div>
    <div class="track"><div class="bar" style="width: ${Math.max(4, Math.round(700 * r.median / max))}px; background: ${COLORS[r.id] || '#888'}"></div>
    <div class="value">${r.median.toFixed(1)} ms</div></div>
  </div>`).join('');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
* { margin: 0; padding: 0; box-sizing: border-box; }
body { width: 1200px; height: 630px; background: #ffffff; font-family: Inter, sans-serif; color: #1a1a2e;
  padding: 56px 64px; display: flex; flex-direction: column; }
h1 { font-size: 40px; font-weight: 700; }
.sub { font-size: 22px; color: #555566; margin-top: 10px; margin-bottom: 36px; }
.row { display: flex; align-items: center; height: 72px; margin-bottom: 20px; }
.name { width: 230px; font-size: 28px; font-weight: 600; }
.track { display: flex; align-items: center; flex-grow: 1; }
.bar { height: 52px; border-radius: 6px; }
.value { font-size: 26px; font-weight: 500; margin-left: 16px; }
.foot { font-size: 18px; color: #777788; margin-top: auto; }
</style></head><body>
  <h1>Median time per 1200x630 card (lower is better)</h1>
  <div class="sub">Reference blog card, data to PNG bytes, serial, warm; og-render by default lets an idle core code part of the PNG</div>${bars}
  <div class="foot">${machine.date} &middot; ${machine.cpus.split(',')[0]} &middot; load ${machine.loadBefore}</div>
</body></html>`;
  const page = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'og-chart-')), 'chart.html');
  fs.writeFileSync(page, html);
  execFileSync('java', ['-jar', path.join(ROOT, 'og-render-cli/target/og-render.jar'), 'render', page, '-o', pngPath],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  return `chart: ${pngPath}`;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])) && process.argv.length >= 4) {
  const results = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  console.log(writeChart(results.rows, results.machine, process.argv[3]));
}
