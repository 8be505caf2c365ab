// Bundles the small server entry (server/index.ts) into build/server.js; the app itself is the
// React Router build in build/server/index.js, loaded at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['server/index.ts'],
  outfile: `${process.env.BUILD_DIR ?? 'build'}/server.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
