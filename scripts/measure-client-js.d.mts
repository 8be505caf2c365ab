// Types for scripts/measure-client-js.mjs (plain JavaScript so that it runs with `node` alone).
export interface MeasuredScript {
  url: string;
  via: 'script' | 'modulepreload' | 'inline import' | 'import';
  status: number;
  bytes: number;
  gzipBytes: number;
  crossOrigin?: boolean;
}

export interface ClientJsMeasurement {
  url: string;
  status: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  inlineScriptBytes: number;
  inlineScriptGzipBytes: number;
  scripts: MeasuredScript[];
  totalBytes: number;
  totalGzipBytes: number;
  /** Same-origin scripts that did not answer 200. */
  missing: string[];
  /** The first <h1> inside <main>, as text; null when the HTML has none. */
  mainHeading: string | null;
}

export function measureClientJs(
  pageUrl: string,
  options?: { headers?: Record<string, string> },
): Promise<ClientJsMeasurement>;

export function scanHtml(html: string): {
  external: Array<{ href: string; via: 'script' | 'modulepreload' }>;
  inline: Array<{ code: string; isModule: boolean }>;
};

export function staticImports(code: string): string[];

export function findMainHeading(html: string): string | null;
