// The benchmark harness's verdicts and tables (scripts/bench/report.ts) and the client-JS scanner
// (scripts/measure-client-js.mjs): what `npm run bench` prints as pass/fail rests on these.
import { describe, expect, it } from 'vitest';
import {
  evaluateRows,
  evaluateTarget,
  median,
  percentile,
  renderMarkdownTable,
  renderTextTable,
} from '../../scripts/bench/report';
import type { BenchRow } from '../../scripts/bench/types';
import { findMainHeading, scanHtml, staticImports } from '../../scripts/measure-client-js.mjs';

const row = (overrides: Partial<BenchRow>): BenchRow => ({
  group: 'foundation',
  name: 'metric',
  value: 1,
  unit: 'ms',
  ...overrides,
});

describe('evaluateTarget', () => {
  it('compares the value with an upper bound', () => {
    expect(evaluateTarget(row({ value: 1500, target: '< 2000 ms' }))).toBe('pass');
    expect(evaluateTarget(row({ value: 2000, target: '< 2000 ms' }))).toBe('fail');
    expect(evaluateTarget(row({ value: 120, unit: 'KB', target: '<= 120 KB' }))).toBe('pass');
    expect(evaluateTarget(row({ value: 120.1, unit: 'KB', target: '<= 120 KB' }))).toBe('fail');
  });

  it('compares the ratio with a percentage target when there is a baseline', () => {
    const home = (value: number) =>
      row({ value, unit: 'req/s', baseline: { name: '/about', value: 200 }, target: '>= 60%' });
    expect(evaluateTarget(home(120))).toBe('pass');
    expect(evaluateTarget(home(119))).toBe('fail');
    const cpu = (value: number) =>
      row({ value, unit: 'ms', baseline: { name: '/about', value: 3 }, target: '<= 167%' });
    expect(evaluateTarget(cpu(5))).toBe('pass');
    expect(evaluateTarget(cpu(5.1))).toBe('fail');
  });

  it('compares a percentage value directly when the row itself is in percent', () => {
    expect(evaluateTarget(row({ value: 75, unit: '%', target: '>= 60%' }))).toBe('pass');
    expect(evaluateTarget(row({ value: 40, unit: '%', target: '>= 60%' }))).toBe('fail');
  });

  it('reads "yes" as a boolean row', () => {
    expect(evaluateTarget(row({ value: 1, unit: 'bool', target: 'yes' }))).toBe('pass');
    expect(evaluateTarget(row({ value: 0, unit: 'bool', target: 'yes' }))).toBe('fail');
  });

  it('gives no verdict without a target, for free text, or for a ratio without a baseline', () => {
    expect(evaluateTarget(row({}))).toBe('');
    expect(evaluateTarget(row({ target: 'as fast as possible' }))).toBe('');
    expect(evaluateTarget(row({ value: 50, target: '>= 60%' }))).toBe('');
    expect(evaluateTarget(row({ value: Number.NaN, target: '< 10 ms' }))).toBe('');
  });
});

describe('tables', () => {
  const rows = evaluateRows([
    row({
      name: 'home page SSR throughput (PGlite)',
      value: 90,
      unit: 'req/s',
      baseline: { name: '/about', value: 120 },
      target: '>= 60%',
      note: 'A | B',
    }),
    row({ name: 'ホームページ', value: 0, unit: 'bool', target: 'yes' }),
  ]);

  it('shows value, baseline, ratio, target and verdict in one line per row', () => {
    const text = renderTextTable(rows);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^group\s+\| metric\s+\| value\s+\| baseline\s+\| ratio\s+\| target\s+\| result/,
    );
    const homeLine = lines.find((line) => line.includes('home page SSR throughput'))!;
    expect(homeLine.split('|').map((cell) => cell.trim())).toEqual([
      'foundation',
      'home page SSR throughput (PGlite)',
      '90 req/s',
      '/about: 120 req/s',
      '75%',
      '>= 60%',
      'pass',
    ]);
    expect(lines.find((line) => line.includes('ホームページ'))).toMatch(/\| no\s+\|.*\| yes\s+\| fail/);
    expect(text).toContain('Notes:\n  foundation / home page SSR throughput (PGlite): A | B');
  });

  it('aligns columns for Japanese text, which takes two terminal columns per character', () => {
    const lines = renderTextTable(rows).split('\n').slice(0, 4);
    const width = (line: string) =>
      [...line].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
    expect(new Set(lines.map(width)).size).toBe(1);
  });

  it('escapes pipes in Markdown cells', () => {
    const markdown = renderMarkdownTable(rows);
    expect(markdown.split('\n')).toHaveLength(4);
    expect(markdown).toContain('| A \\| B |');
  });
});

describe('percentile and median', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([], 95)).toBe(0);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('measure-client-js scanner', () => {
  const html = `<!DOCTYPE html><html><head>
    <link rel="modulepreload" href="/assets/entry.client-A.js" nonce="x"/>
    <link rel="stylesheet" href="/assets/root.css"/>
    <script src="/assets/legacy.js?v=1&amp;x=2"></script>
    <script type="application/json" id="data">{"a":1}</script>
    </head><body><header><h1>Site</h1></header>
    <main id="main"><section><h1 class="hero">地域で<em>働く</em> &amp; 暮らす</h1></section></main>
    <script type="module">import "/assets/manifest-B.js"; import * as route0 from "/assets/root-C.js";</script>
    </body></html>`;

  it('finds external scripts and module preloads, but not stylesheets or JSON data', () => {
    const { external, inline } = scanHtml(html);
    expect(external).toEqual([
      { href: '/assets/legacy.js?v=1&x=2', via: 'script' },
      { href: '/assets/entry.client-A.js', via: 'modulepreload' },
    ]);
    expect(inline).toHaveLength(1);
    expect(inline[0]!.isModule).toBe(true);
  });

  it('follows static imports, not dynamic ones', () => {
    const code =
      'import{a as b}from"./chunk-1.js";import"./side-effect.js";export*from"./re-export.js";' +
      'const lazy=()=>import("./lazy-route.js");import x from "react";';
    expect(staticImports(code)).toEqual(['./chunk-1.js', './side-effect.js', './re-export.js']);
    expect(staticImports(scanHtml(html).inline[0]!.code)).toEqual([
      '/assets/manifest-B.js',
      '/assets/root-C.js',
    ]);
  });

  it("reads the page's main heading from <main>, as text", () => {
    expect(findMainHeading(html)).toBe('地域で働く & 暮らす');
    expect(findMainHeading('<main><p>no heading</p></main>')).toBeNull();
  });
});
