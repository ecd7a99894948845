// Local images a page refers to (<img src>, url() in CSS), read from disk relative to the page, so that
// the JavaScript renderers, which fetch nothing by themselves, get the same bytes as og-render.
import fs from 'node:fs';
import path from 'node:path';

const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml',
  '.gif': 'image/gif', '.webp': 'image/webp' };

const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(["'])(.*?)\1/gi;
const CSS_URL = /url\(\s*(["']?)([^"')]+)\1\s*\)/gi;

const isRemote = (ref) => /^(?:[a-z]+:|\/\/)/i.test(ref);

/** @returns {{ref:string, file:string, data:Buffer, mime:string}[]} each distinct relative reference once */
export function localImages(html, pageDir) {
  const refs = new Set();
  for (const m of html.matchAll(IMG_SRC)) refs.add(m[2]);
  for (const m of html.matchAll(CSS_URL)) refs.add(m[2]);
  return [...refs].filter((ref) => !isRemote(ref)).map((ref) => {
    const file = path.resolve(pageDir, ref);
    const mime = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
    return { ref, file, data: fs.readFileSync(file), mime };
  });
}

export const dataUrl = (image) => `data:${image.mime};base64,${image.data.toString('base64')}`;
