// The reference card (examples/blog-card.html + examples/blog-card.json) for each renderer, with the
// Inter TTFs og-render bundles (og-render-fonts), so every renderer draws with the same font files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TEMPLATE = path.join(ROOT, 'examples/blog-card.html');
export const REFERENCE = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/blog-card.json'), 'utf8'));
export const WIDTH = 1200;
export const HEIGHT = 630;

const FONT_DIR = path.join(ROOT, 'og-render-fonts/src/main/resources/dev/ogrender/fonts/inter');
const FONT_FILES = { 500: 'Inter_500Medium.ttf', 700: 'Inter_700Bold.ttf', 800: 'Inter_800ExtraBold.ttf' };
/** The three faces the card uses: 500 (category, author), 700 (logo), 800 (title). */
export const FONTS = Object.entries(FONT_FILES).map(([weight, file]) =>
  ({ name: 'Inter', weight: Number(weight), style: 'normal', data: fs.readFileSync(path.join(FONT_DIR, file)) }));

const TOPICS = ['OG Images', 'Social Cards', 'Link Previews', 'Twitter Cards', 'Blog Banners',
  'Product Cards', 'Event Tickets', 'Docs Headers', 'Release Notes', 'Podcast Covers'];
const CATEGORIES = ['Guide', 'Tutorial', 'Deep Dive', 'News', 'Case Study'];
const AUTHORS = ['Asad Ali', 'Jane Doe', 'Kim Lee', 'Ravi Patel'];

/** Data for image i: a different title each time, so no renderer can reuse a layout (as PeerTiming.java). */
export const varsFor = (i, prefix = 'Part') => ({
  title: `How to Generate ${TOPICS[i % TOPICS.length]} Dynamically at Scale, ${prefix} ${i + 1}`,
  category: CATEGORIES[i % CATEGORIES.length],
  author: AUTHORS[i % AUTHORS.length],
});

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const template = fs.readFileSync(TEMPLATE, 'utf8');
const fontFaces = FONTS.map((f) => `@font-face { font-family: 'Inter'; font-weight: ${f.weight}; `
  + `src: url(data:font/ttf;base64,${f.data.toString('base64')}) format('truetype'); }`).join('\n');

/** The template bound with the data, @font-face rules for the bundled TTFs added: for Chromium. */
export function cardHtml(vars) {
  return template.replace('<style>', `<style>\n${fontFaces}\n`)
    .replace(/\{\{(\w+)\}\}/g, (_, key) => escape(vars[key]));
}

/**
 * The same card as a React-shaped element tree, for Satori and Takumi (neither reads HTML with a
 * <style> sheet). Styles are the template's rules written inline; Satori needs display:flex on every
 * div with more than one child, and both add UA margins to h1, hence margin 0 everywhere.
 */
export function cardElement({ title, category, author }) {
  const el = (type, style, children) => ({ type, props: { style: { margin: 0, padding: 0, boxSizing: 'border-box', display: 'flex', ...style }, children } });
  return el('div', {
    width: WIDTH, height: HEIGHT, flexDirection: 'column', justifyContent: 'space-between', padding: 60,
    color: 'white', fontFamily: 'Inter', backgroundImage: 'linear-gradient(135deg, #667eea 0%, #764ba2 100%)',
  }, [
    el('div', { fontSize: 24, fontWeight: 500, textTransform: 'uppercase', letterSpacing: 2, opacity: 0.9 }, category),
    el('h1', { fontSize: 64, fontWeight: 800, lineHeight: 1.2, maxWidth: 900 }, title),
    el('div', { justifyContent: 'space-between', alignItems: 'center' }, [
      el('div', { alignItems: 'center', gap: 16 }, [
        el('div', { width: 48, height: 48, borderRadius: '50%', backgroundColor: 'white' }, undefined),
        el('div', { fontSize: 24, fontWeight: 500 }, author),
      ]),
      el('div', { fontSize: 32, fontWeight: 700 }, 'YourSite'),
    ]),
  ]);
}
