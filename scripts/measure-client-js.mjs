#!/usr/bin/env node
// Measures the JavaScript a page makes the browser download: every <script src> and
// <link rel="modulepreload"> in the server-rendered HTML, every module the inline module scripts
// import, and (transitively) every static import inside those files. Each file is fetched from the
// running server and gzipped with zlib at the default level (what the compression middleware sends).
// Dynamic import() targets are not counted: they load on navigation, not with the page.
//
//   node scripts/measure-client-js.mjs http://localhost:3000/
//
// Also used by the benchmark suite (scripts/bench/suites/foundation.ts).
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK_TAG = /<link\b([^>]*?)\/?>/gi;
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const EXPORT_FROM = /(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;

function attribute(attributes, name) {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function decodeEntities(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Module specifiers imported statically by a piece of JavaScript (not dynamic import()). */
export function staticImports(code) {
  const found = new Set();
  for (const pattern of [STATIC_IMPORT, EXPORT_FROM]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(code); match; match = pattern.exec(code)) found.add(match[1]);
  }
  return [...found].filter((specifier) => /^(\.{0,2}\/|https?:)/.test(specifier));
}

/** The scripts an HTML page references: external scripts, module preloads, inline code. */
export function scanHtml(html) {
  const external = [];
  const inline = [];
  SCRIPT_TAG.lastIndex = 0;
  for (let match = SCRIPT_TAG.exec(html); match; match = SCRIPT_TAG.exec(html)) {
    const src = attribute(match[1], 'src');
    if (src) external.push({ href: decodeEntities(src), via: 'script' });
    else {
      const type = attribute(match[1], 'type');
      if (!type || type === 'module' || /javascript/i.test(type))
        inline.push({ code: match[2], isModule: type === 'module' });
    }
  }
  LINK_TAG.lastIndex = 0;
  for (let match = LINK_TAG.exec(html); match; match = LINK_TAG.exec(html)) {
    const rel = (attribute(match[1], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(match[1], 'href');
    if (href && rel.includes('modulepreload'))
      external.push({ href: decodeEntities(href), via: 'modulepreload' });
  }
  return { external, inline };
}

/** The text of the first <h1> inside <main> (or anywhere, when there is no <main>), tags removed. */
export function findMainHeading(html) {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html);
  const scope = main ? main[1] : html;
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(scope);
  if (!heading) return null;
  const text = decodeEntities(heading[1].replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

/**
 * Fetches `pageUrl` and every JavaScript file it loads; returns sizes in bytes (raw and gzipped).
 * `headers` go with every request (e.g. a Cookie to measure a signed-in page).
 */
export async function measureClientJs(pageUrl, { headers = {} } = {}) {
  const response = await fetch(pageUrl, { headers: { 'accept-language': 'ja', ...headers } });
  const html = await response.text();
  const { external, inline } = scanHtml(html);

  const queue = external.map((entry) => ({ url: new URL(entry.href, response.url).href, via: entry.via }));
  for (const script of inline) {
    if (!script.isModule) continue;
    for (const specifier of staticImports(script.code))
      queue.push({ url: new URL(specifier, response.url).href, via: 'inline import' });
  }

  const scripts = [];
  const seen = new Set();
  while (queue.length > 0) {
    const { url, via } = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    if (new URL(url).origin !== new URL(response.url).origin) {
      scripts.push({ url, via, status: 0, bytes: 0, gzipBytes: 0, crossOrigin: true });
      continue;
    }
    const asset = await fetch(url, { headers });
    const body = Buffer.from(await asset.arrayBuffer());
    scripts.push({
      url,
      via,
      status: asset.status,
      bytes: body.length,
      gzipBytes: asset.ok ? gzipSync(body).length : 0,
    });
    if (!asset.ok) continue;
    for (const specifier of staticImports(body.toString('utf8')))
      queue.push({ url: new URL(specifier, url).href, via: 'import' });
  }

  const inlineCode = inline.map((script) => script.code).join('\n');
  return {
    url: response.url,
    status: response.status,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    inlineScriptBytes: Buffer.byteLength(inlineCode),
    inlineScriptGzipBytes: inlineCode ? gzipSync(inlineCode).length : 0,
    scripts,
    totalBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    missing: scripts.filter((script) => script.status !== 200 && !script.crossOrigin).map((s) => s.url),
    mainHeading: findMainHeading(html),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const pageUrl = process.argv[2] ?? 'http://localhost:3000/';
  const result = await measureClientJs(pageUrl);
  console.log(`${result.url} (HTTP ${result.status})`);
  for (const script of result.scripts) {
    const name = new URL(script.url).pathname;
    console.log(
      `  ${name.padEnd(48)} ${kb(script.bytes).padStart(10)} ${kb(script.gzipBytes).padStart(10)} gzip  (${script.via})`,
    );
  }
  console.log(
    `  ${'total JavaScript'.padEnd(48)} ${kb(result.totalBytes).padStart(10)} ${kb(result.totalGzipBytes).padStart(10)} gzip`,
  );
  console.log(
    `  ${'inline scripts in the HTML (data, bootstrap)'.padEnd(48)} ${kb(result.inlineScriptBytes).padStart(10)} ${kb(result.inlineScriptGzipBytes).padStart(10)} gzip`,
  );
  console.log(
    `  ${'HTML document'.padEnd(48)} ${kb(result.htmlBytes).padStart(10)} ${kb(result.htmlGzipBytes).padStart(10)} gzip`,
  );
  console.log(`  main heading without JavaScript: ${result.mainHeading ?? '(none found)'}`);
  if (result.missing.length > 0) {
    console.error(`  not found: ${result.missing.join(', ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
