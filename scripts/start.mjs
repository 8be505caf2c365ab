// `npm start`: builds the app when there is no build (or the sources are newer), then serves it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const builtFile = path.join(root, 'build', 'server.js');
const appBuild = path.join(root, 'build', 'server', 'index.js');

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(builtFile) || !fs.existsSync(appBuild)) return true;
  const builtAt = Math.min(fs.statSync(builtFile).mtimeMs, fs.statSync(appBuild).mtimeMs);
  const sourcesAt = Math.max(...['app', 'src', 'server'].map((dir) => newestMtime(path.join(root, dir))));
  return sourcesAt > builtAt;
}

if (needsBuild()) {
  console.log('Building Tsunagu (first start or changed sources)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
process.env.NODE_ENV ??= 'production';
await import(new URL('../build/server.js', import.meta.url).href);
