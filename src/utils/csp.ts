/**
 * The site's Content Security Policy (docs/security.md). GitHub Pages sends no
 * custom headers, so the policy travels in each page as a
 * <meta http-equiv="Content-Security-Policy">, written after the build by
 * `cspIntegration` (src/utils/csp-integration.ts) with the sha256 hash of every
 * inline <script> and <style> of that page. Build-time only (node:crypto).
 */
import { createHash } from 'node:crypto';

/** What a page inlines: the text of each <script> without src, and of each <style>. */
export interface InlineCode {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/**
 * Everything but the inline hashes. `default-src 'none'` so that any kind of
 * load not named here is refused. Left out on purpose: `frame-ancestors`,
 * `report-uri`/`report-to` and `sandbox`, which browsers ignore in a meta
 * element (Chromium logs an error for each); `upgrade-insecure-requests`,
 * which would send the http:// test server's own requests to https://.
 */
export const POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // Pagefind compiles its WebAssembly search index: 'wasm-unsafe-eval' (never 'unsafe-eval').
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Astro's <style> blocks by hash; KaTeX, Shiki and the static figures carry style="…"
  // attributes (hundreds of distinct values a page), allowed as attributes only.
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // Pagefind fetches its index and WebAssembly from the site.
  'connect-src': ["'self'"],
  // Widgets start module workers from their own files (new URL('./x.worker.ts', import.meta.url)).
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // Neither falls back to default-src; frame-src does, and is named only to say it.
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
};

/** The CSP source expression for `text`: 'sha256-<base64>' of its UTF-8 bytes. */
export function sha256Source(text: string): string {
  // The HTML parser turns CR LF and lone CR into LF before a script sees its text.
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** The inline scripts (no src attribute) and style elements of a built page, in document order. */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    if (!/\ssrc\s*=/i.test(` ${m[1] ?? ''}`)) scripts.push(m[2] ?? '');
  }
  const styles = [...html.matchAll(STYLE)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

/** The policy for a page that inlines `code`: the fixed directives plus one hash per distinct inline block. */
export function contentSecurityPolicy(code: InlineCode): string {
  const hashes = (texts: readonly string[]): string[] => [...new Set(texts.map(sha256Source))];
  const extra: Record<string, string[]> = {
    'script-src': hashes(code.scripts),
    'style-src': hashes(code.styles),
  };
  return Object.entries(POLICY_DIRECTIVES)
    .map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' '))
    .join('; ');
}

const HTML_ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** The meta element that carries `policy`. */
export function cspMeta(policy: string): string {
  const content = policy.replace(/[&"<>]/g, (c) => HTML_ATTRIBUTE_ESCAPES[c]!);
  return `<meta http-equiv="Content-Security-Policy" content="${content}">`;
}

/** The policy a built page carries in its meta element, or undefined. */
export function pagePolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  return meta?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * `html` with its policy as the first element of <head> after <meta charset>
 * (a meta policy governs only what the parser meets after it, so it must come
 * before the first script). Throws when the page has no <head> or already has
 * a policy: a page must not go out with a policy that does not match it.
 */
export function withContentSecurityPolicy(html: string): string {
  if (pagePolicy(html) !== undefined || /http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error('page already has a Content-Security-Policy meta element');
  }
  const meta = cspMeta(contentSecurityPolicy(inlineCode(html)));
  const charset = /<head\b[^>]*>\s*<meta\s+charset=[^>]*>/i.exec(html);
  const head = charset ?? /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('page has no <head>');
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
