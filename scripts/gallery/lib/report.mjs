// docs/fidelity.md: a summary per renderer, one overview table, then per card og-render | Chromium | diff.
import fs from 'node:fs';

const f4 = (x) => x.toFixed(4);
const pct = (x) => `${(100 * x).toFixed(2)}%`;
const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function summary(results, renderers) {
  const common = results.filter((r) => renderers.every((n) => r.scores[n]));
  const lines = ['| renderer | cards scored | mean SSIM | min SSIM | mean SSIM on the ' + common.length
    + ' cards all renderers took | not scored |', '|---|---:|---:|---:|---:|---:|'];
  for (const name of renderers) {
    const scored = results.filter((r) => r.scores[name]);
    const ssims = scored.map((r) => r.scores[name].ssim);
    const mean = ssims.length ? f4(ssims.reduce((a, b) => a + b, 0) / ssims.length) : '–';
    const minRow = scored.reduce((m, r) => (!m || r.scores[name].ssim < m.scores[name].ssim ? r : m), null);
    const min = minRow ? `${f4(minRow.scores[name].ssim)} (${minRow.id})` : '–';
    const commonMean = common.length ? f4(common.reduce((a, r) => a + r.scores[name].ssim, 0) / common.length) : '–';
    lines.push(`| ${name} | ${scored.length} | ${mean} | ${min} | ${commonMean} | ${results.length - scored.length} |`);
  }
  return lines;
}

function overview(results, renderers) {
  const lines = [`| card | ${renderers.join(' | ')} | og-render off pixels | og-render warnings |`,
    `|---|${renderers.map(() => '---:').join('|')}|---:|---:|`];
  for (const r of results) {
    const cells = renderers.map((n) => (r.scores[n] ? f4(r.scores[n].ssim) : 'skipped'));
    const off = r.scores['og-render'] ? pct(r.scores['og-render'].offPixels) : '–';
    lines.push(`| [${r.id}](#${anchor(r.id)}) | ${cells.join(' | ')} | ${off} | ${r.warnings.length} |`);
  }
  return lines;
}

const anchor = (id) => id.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

function card(r, renderers) {
  const img = (suffix, alt) => `![${alt}](fidelity/${r.stem}-${suffix}.jpg)`;
  const out = [`### ${r.id}`, '', `\`${r.page}\``, ''];
  if (r.errors.Chromium) return [...out, `Not scored: ${esc(r.errors.Chromium)}`, ''];
  const og = r.scores['og-render'];
  out.push('| og-render | Chromium | diff (x8) |', '|---|---|---|',
    `| ${og ? img('og-render', 'og-render') : esc(r.errors['og-render'])} | ${img('chromium', 'Chromium')} | ${og ? img('diff', 'diff') : '–'} |`, '');
  out.push(renderers.map((n) => (r.scores[n]
    ? `${n} **${f4(r.scores[n].ssim)}**${n === 'og-render' ? ` (off pixels ${pct(r.scores[n].offPixels)})` : ''}`
    : `${n}: not scored (${esc(r.errors[n] || 'no image')})`)).join(' · '), '');
  const peers = renderers.filter((n) => n !== 'og-render' && r.scores[n]);
  if (peers.length) {
    out.push(`<details><summary>${peers.join(' and ')}</summary>`, '', `| ${peers.join(' | ')} |`,
      `|${peers.map(() => '---').join('|')}|`, `| ${peers.map((n) => img(n.toLowerCase(), n)).join(' | ')} |`, '', '</details>', '');
  }
  if (r.warnings.length) {
    out.push(`<details><summary>og-render warnings (${r.warnings.length})</summary>`, '',
      ...r.warnings.map((w) => `- ${esc(w)}`), '', '</details>', '');
  }
  return out;
}

export function writeReport(file, results, renderers, { jar }) {
  const lines = [
    '# Fidelity gallery',
    '',
    'Every card under `og-render-core/src/test/resources/fidelity/cards/` (and `staging/` while it exists),',
    'rendered by og-render (`' + jar + '`), Takumi (`@takumi-rs/core`, its own HTML converter) and',
    'Satori + resvg-js (page CSS inlined with juice, turned into its element tree), all with the bundled Inter',
    'faces, and scored against the committed Chromium reference beside each page. SSIM is ssim.js 3.5 with',
    'its defaults, the number `dev.ogrender.testing.Ssim` and `FidelityTest` compute (1.0 = identical).',
    '"Off pixels" counts pixels with a channel more than 32 away from Chromium (FidelityTest\'s second',
    'limit). The diff is the per-channel difference times 8. Thumbnails are 600x315 JPEGs.',
    '',
    'Regenerate (from the repository root; see `scripts/gallery/README.md`):',
    '',
    '    ./mvnw -q -B -ntp package -DskipTests && npm ci --prefix scripts/gallery --no-audit --no-fund && node scripts/gallery/gallery.mjs',
    '',
    '## Summary',
    '',
    ...summary(results, renderers),
    '',
    '## Cards',
    '',
    ...overview(results, renderers),
    '',
    ...results.flatMap((r) => card(r, renderers)),
  ];
  fs.writeFileSync(file, lines.join('\n'));
}
