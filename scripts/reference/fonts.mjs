// The Inter faces og-render bundles, as @font-face rules Chromium can load without any file access.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FONT_DIR = path.resolve(HERE, '../../og-render-fonts/src/main/resources/dev/ogrender/fonts/inter');
export const FAMILY = 'Inter';

// Inter_<weight><Name>[_Italic].ttf, e.g. Inter_800ExtraBold.ttf, Inter_400Regular_Italic.ttf
const FILE_NAME = /^Inter_([1-9]00)[A-Za-z]+(_Italic)?\.ttf$/;

/** @returns {{file: string, weight: number, style: 'normal'|'italic'}[]} every bundled face, sorted */
export function bundledFaces(dir = FONT_DIR) {
  const faces = fs.readdirSync(dir)
    .map((file) => [file, FILE_NAME.exec(file)])
    .filter(([, m]) => m)
    .map(([file, m]) => ({ file: path.join(dir, file), weight: Number(m[1]), style: m[2] ? 'italic' : 'normal' }))
    .sort((a, b) => a.weight - b.weight || a.style.localeCompare(b.style));
  if (faces.length !== 18) {
    throw new Error(`expected 18 Inter faces (100-900, normal and italic) in ${dir}, found ${faces.length}`);
  }
  return faces;
}

/**
 * @font-face rules with the font bytes inlined as data: URLs, so nothing depends on file access rules.
 * font-display:block keeps Chromium from painting a fallback font while a face loads.
 */
export function fontFaceCss(faces = bundledFaces()) {
  return faces.map(({ file, weight, style }) => {
    const base64 = fs.readFileSync(file).toString('base64');
    return `@font-face{font-family:'${FAMILY}';font-weight:${weight};font-style:${style};font-display:block;`
      + `src:url(data:font/ttf;base64,${base64}) format('truetype');}`;
  }).join('\n');
}
