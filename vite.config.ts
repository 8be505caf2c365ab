import { reactRouter } from '@react-router/dev/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: {
    alias: {
      '~': fileURLToPath(new URL('./app', import.meta.url)),
      '#src': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  ssr: {
    // Native / wasm packages stay in node_modules and are loaded at run time.
    external: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'nodemailer', 'pino'],
  },
  build: { target: 'es2022' },
  plugins: [reactRouter()],
});
