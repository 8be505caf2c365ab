// Bundles the small server entry (server/index.ts) into <build>/server.js; the app itself is the
// React Router build in <build>/server/index.js, loaded at run time.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const buildDir = path.resolve(root, process.env.BUILD_DIR ?? 'build');

await build({
  entryPoints: [path.join(root, 'server/index.ts')],
  outfile: path.join(buildDir, 'server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

// A build outside the repository (BUILD_DIR=/tmp/…, for parallel test runs) still needs the
// project's packages and migrations: link them beside it.
if (!buildDir.startsWith(root + path.sep)) {
  for (const name of ['node_modules', 'drizzle']) {
    const link = path.join(buildDir, name);
    fs.rmSync(link, { force: true, recursive: false });
    fs.symlinkSync(path.join(root, name), link, 'dir');
  }
}
