// og-render through its CLI jar (`og-render render page.html -o out.png`), one JVM per card: simple, and
// the gallery measures pixels, not speed. Warnings (unsupported CSS and the like) come back on stderr.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function checkJar(jar) {
  if (!fs.existsSync(jar)) {
    throw new Error(`no og-render CLI jar at ${jar}; build it first: ./mvnw -q -B -ntp package -DskipTests`);
  }
}

/** @returns {Promise<{png: Buffer, warnings: string[]}>} */
export async function renderWithOgRender(jar, page, outFile) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  try {
    const { stderr } = await run('java', ['-jar', jar, 'render', page, '-o', outFile],
      { timeout: 120_000, maxBuffer: 16 << 20 });
    const warnings = stderr.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('warning:'))
      .map((l) => l.slice('warning:'.length).trim());
    return { png: fs.readFileSync(outFile), warnings };
  } catch (e) {
    const detail = (e.stderr || e.message || '').trim().split('\n')[0];
    throw new Error(`og-render failed: ${detail}`);
  }
}
