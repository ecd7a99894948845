// Satori + resvg-js. Satori takes a React-like element tree with inline styles only, so each page is
// converted the way a Satori user would have to: juice applies the <style> sheets as inline styles
// (::before/::after become spans), <html>/<body> become two sized divs, whitespace-only text between
// elements is dropped, other runs of whitespace become one space (as in JSX text), local images become
// data: URLs, and the DOM becomes Satori's {type, props: {style, children}} tree. (satori-html is not
// used: it trims every text node, which glues "the <em>word</em> in" into "theword in".)
// Satori rejects what it cannot lay out (e.g. a <div> with several children but no display:flex); such
// a card is reported as skipped with Satori's own message.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import juice from 'juice';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { bundledFaces } from '../../reference/fonts.mjs';
import { localImages, dataUrl } from './resources.mjs';

/** The page as one <div> tree with inline styles, as Satori needs it: a cheerio document. */
export function toSatoriDom(html, pageDir) {
  let inlined = juice(html, { inlinePseudoElements: true, removeStyleTags: true, preserveImportant: true });
  for (const img of localImages(html, pageDir)) inlined = inlined.split(img.ref).join(dataUrl(img));
  const $ = cheerio.load(inlined);
  $('head, script, style, title, meta').remove();
  $('*').contents().filter((_, n) => n.type === 'text' && !n.data.trim() && n.parent?.children?.length > 1).remove();
  const htmlStyle = $('html').attr('style') || '';
  const bodyStyle = $('body').attr('style') || '';
  return cheerio.load(`<div style="${htmlStyle}"><div style="${bodyStyle}">${$('body').html()}</div></div>`, null, false);
}

/** "a: b; c: url(data:x;y)" -> {a: 'b', c: 'url(data:x;y)'}, splitting only outside parentheses. */
export function styleObject(text) {
  const style = {};
  let depth = 0;
  let start = 0;
  const take = (decl) => {
    const colon = decl.indexOf(':');
    if (colon < 0) return;
    const name = decl.slice(0, colon).trim();
    const key = name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (key) style[key] = decl.slice(colon + 1).trim(); // -webkit-line-clamp -> WebkitLineClamp
  };
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ';' && depth === 0) || i === text.length) {
      take(text.slice(start, i));
      start = i + 1;
    }
  }
  return style;
}

/** A cheerio node as Satori's element tree. */
function toElement(node) {
  if (node.type === 'text') return node.data.replace(/\s+/g, ' ');
  if (node.type !== 'tag') return null;
  const { style, class: _, ...attrs } = node.attribs;
  const children = node.children.map(toElement).filter((c) => c !== null && c !== '');
  const props = { ...attrs, style: styleObject(style || '') };
  if (children.length) props.children = children.length === 1 ? children[0] : children;
  return { type: node.name, props };
}

export async function createSatori({ width, height }) {
  const fonts = bundledFaces().map((f) => ({ name: 'Inter', data: fs.readFileSync(f.file), weight: f.weight, style: f.style }));
  return {
    name: 'Satori',
    async render(page) {
      const $ = toSatoriDom(fs.readFileSync(page, 'utf8'), path.dirname(page));
      const svg = await satori(toElement($.root().children()[0]), { width, height, fonts });
      return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
    },
  };
}
