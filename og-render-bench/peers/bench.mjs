// Times og-render and its peers on the reference card, one renderer after the other on this machine,
// and prints a markdown table (also out/results.md, out/results.json, one PNG per renderer in out/).
//
//   ./mvnw -B -ntp -q package -DskipTests            # builds og-render-bench/target/benchmarks.jar
//   npm ci --prefix og-render-bench/peers --no-audit --no-fund
//   node og-render-bench/peers/bench.mjs [--n 100] [--warmup 20] [--warmup-ms 3000] [--only og-render,takumi]
//
// Each renderer: warm-up (at least --warmup images and --warmup-ms), then --n images, each with a
// different title, timed one by one from data to PNG bytes (serial, one thread). og-render runs in its
// own JVM (dev.ogrender.bench.PeerTiming) with the same titles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ROOT, TEMPLATE, REFERENCE, varsFor } from './card.mjs';
import * as renderers from './renderers.mjs';
import { writeChart } from './chart.mjs';

const { values: opt } = parseArgs({ options: {
  n: { type: 'string', default: '100' }, warmup: { type: 'string', default: '20' },
  'warmup-ms': { type: 'string', default: '3000' }, only: { type: 'string' }, chart: { type: 'string' },
} });
const N = Number(opt.n);
const WARMUP = Number(opt.warmup);
const WARMUP_MS = Number(opt['warmup-ms']);
const OUT = path.join(path.dirname(new URL(import.meta.url).pathname), 'out');
const BENCH_JAR = path.join(ROOT, 'og-render-bench/target/benchmarks.jar');
// og-render twice: with its defaults (the PNG encode may use an idle core) and with every image coded
// on the timing thread only (pngParallel(false)), the like-for-like row for single-threaded peers.
const ALL = [['og-render', () => ogRender(true)], ['og-render (1 thread)', () => ogRender(false)],
  ['takumi', renderers.takumi], ['satori+resvg', renderers.satoriResvg], ['chromium', renderers.chromium]];
const chosen = opt.only ? ALL.filter(([id]) => opt.only.split(',').includes(id)) : ALL;

function stats(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  return { median: at(0.5), p95: at(0.95), perSecond: 1000 / mean };
}

async function nodeRenderer(id, factory) {
  const r = await factory();
  try {
    const start = performance.now();
    for (let i = 0; i < WARMUP || performance.now() - start < WARMUP_MS; i++) await r.render(varsFor(i, 'Warm-up'));
    const ms = [];
    for (let i = 0; i < N; i++) {
      const vars = varsFor(i);
      const t0 = performance.now();
      await r.render(vars);
      ms.push(performance.now() - t0);
    }
    const png = await r.render(REFERENCE);
    fs.writeFileSync(path.join(OUT, `${id}.png`), png);
    return { id, version: r.version, ms, bytes: png.length };
  } finally {
    await r.close();
  }
}

async function ogRender(parallel) {
  if (!fs.existsSync(BENCH_JAR)) throw new Error(`missing ${BENCH_JAR}: run ./mvnw -B -ntp -q package -DskipTests`);
  const json = execFileSync('java', ['-Djava.awt.headless=true', `-Dog-render.pngParallel=${parallel}`, '-cp', BENCH_JAR,
    'dev.ogrender.bench.PeerTiming', TEMPLATE, String(N), String(WARMUP), String(WARMUP_MS),
    path.join(OUT, parallel ? 'og-render.png' : 'og-render-1-thread.png')], { encoding: 'utf8' });
  const result = JSON.parse(json.trim().split('\n').pop());
  const version = (fs.readFileSync(path.join(ROOT, 'pom.xml'), 'utf8').match(/<version>([^<]+)<\/version>/) || [])[1];
  jdk = `${result.jdk}${result.flags ? ` (${result.flags})` : ''}`;
  return { render: null, version: `og-render ${version}, ${result.jdk}`, ms: result.ms, bytes: result.bytes };
}
let jdk = '';

function markdown(rows, machine) {
  const lines = ['| renderer | version | median ms/img | p95 ms | img/s (1 thread) | PNG bytes |', '|---|---|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.id} | ${r.version} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.perSecond.toFixed(1)} | ${r.bytes} |`);
  }
  return [`Run ${machine.date}: ${N} images each after warm-up (>= ${WARMUP} images and >= ${WARMUP_MS} ms), serial.`,
    `Machine: ${machine.cpus}; load average ${machine.loadBefore} before, ${machine.loadAfter} after. `
      + `Node ${process.version}; JDK: ${jdk || 'not run'}.`, '', ...lines].join('\n');
}

fs.mkdirSync(OUT, { recursive: true });
const machine = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  cpus: `${os.cpus().length} x ${os.cpus()[0].model.trim()}, ${os.platform()} ${os.release()}`,
  loadBefore: os.loadavg().map((l) => l.toFixed(1)).join(' ') };
const rows = [];
for (const [id, factory] of chosen) {
  process.stderr.write(`timing ${id}...\n`);
  const r = id.startsWith('og-render') ? { id, ...(await factory()) } : await nodeRenderer(id, factory);
  rows.push({ ...r, ...stats(r.ms) });
}
machine.loadAfter = os.loadavg().map((l) => l.toFixed(1)).join(' ');
const table = markdown(rows, machine);
fs.writeFileSync(path.join(OUT, 'results.md'), table + '\n');
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ machine, jdk, n: N, rows: rows.map(({ ms, ...r }) => r) }, null, 2));
console.log(table);
if (opt.chart) console.error(writeChart(rows, machine, opt.chart));
