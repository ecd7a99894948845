// Takumi (@takumi-rs/core, native): the page goes through @takumi-rs/helpers' own HTML converter
// (fromHtml), which keeps <style> sheets as `css` for Takumi's selector engine; local images are handed
// over by their src as written in the page. Fonts: every bundled Inter face, registered once.
import fs from 'node:fs';
import path from 'node:path';
import { Renderer } from '@takumi-rs/core';
import { fromHtml } from '@takumi-rs/helpers/html';
import { bundledFaces } from '../../reference/fonts.mjs';
import { localImages } from './resources.mjs';

export async function createTakumi({ width, height }) {
  const renderer = new Renderer();
  for (const face of bundledFaces()) {
    await renderer.registerFont({ name: 'Inter', data: fs.readFileSync(face.file), weight: face.weight, style: face.style });
  }
  return {
    name: 'Takumi',
    async render(page) {
      const html = fs.readFileSync(page, 'utf8');
      const { node, css } = fromHtml(html);
      const images = localImages(html, path.dirname(page)).map((img) => ({ src: img.ref, data: img.data }));
      return Buffer.from(await renderer.render(node, { width, height, format: 'png', css, images }));
    },
  };
}
