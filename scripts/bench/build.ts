// Builds the app for the benchmarks when the build is missing or older than the sources — the same
// rule `npm start` follows (scripts/start.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function needsBuild(root: string, buildDir: string): boolean {
  const serverEntry = path.join(buildDir, 'server.js');
  const appBuild = path.join(buildDir, 'server', 'index.js');
  if (!fs.existsSync(serverEntry) || !fs.existsSync(appBuild)) return true;
  const builtAt = Math.min(fs.statSync(serverEntry).mtimeMs, fs.statSync(appBuild).mtimeMs);
  const sourcesAt = Math.max(...['app', 'src', 'server'].map((dir) => newestMtime(path.join(root, dir))));
  return sourcesAt > builtAt;
}

/** Runs `npm run build` into `buildDir` when needed; throws when the build fails. */
export function ensureBuild(root: string, buildDir: string, log: (message: string) => void): void {
  if (!needsBuild(root, buildDir)) {
    log(`using the existing build in ${path.relative(root, buildDir) || buildDir}`);
    return;
  }
  log('building the app (no build yet, or the sources changed)…');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BUILD_DIR: path.relative(root, buildDir) || 'build' },
  });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}
