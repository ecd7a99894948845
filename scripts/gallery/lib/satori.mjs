// Satori + resvg-js. Satori takes a React-like element tree with inline styles only, so each page is
// converted the way a Satori user would have to: juice applies the <style> sheets as inline styles
// (::before/::after become spans), <html>/<body> become two sized divs, whitespace-only text between
// elements is dropped, local images become data: URLs, and satori-html turns the markup into the tree.
// Satori rejects what it cannot lay out (e.g. a <div> with several children but no display:flex); such
// a card is reported as skipped with Satori's own message.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import juice from 'juice';
import satori from 'satori';
import { html as toVdom } from 'satori-html';
import { Resvg } from '@resvg/resvg-js';
import { bundledFaces } from '../../reference/fonts.mjs';
import { localImages, dataUrl } from './resources.mjs';

/** The page as one <div> tree with inline styles, as Satori needs it. */
export function toSatoriMarkup(html, pageDir) {
  let inlined = juice(html, { inlinePseudoElements: true, removeStyleTags: true, preserveImportant: true });
  for (const img of localImages(html, pageDir)) inlined = inlined.split(img.ref).join(dataUrl(img));
  const $ = cheerio.load(inlined);
  $('head, script, style, title, meta').remove();
  $('*').contents().filter((_, n) => n.type === 'text' && !n.data.trim() && n.parent?.children?.length > 1).remove();
  const htmlStyle = $('html').attr('style') || '';
  const bodyStyle = $('body').attr('style') || '';
  return `<div style="${htmlStyle}"><div style="${bodyStyle}">${$('body').html()}</div></div>`;
}

export async function createSatori({ width, height }) {
  const fonts = bundledFaces().map((f) => ({ name: 'Inter', data: fs.readFileSync(f.file), weight: f.weight, style: f.style }));
  return {
    name: 'Satori',
    async render(page) {
      const markup = toSatoriMarkup(fs.readFileSync(page, 'utf8'), path.dirname(page));
      const svg = await satori(toVdom(markup), { width, height, fonts });
      return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    },
  };
}
