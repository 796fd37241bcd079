/**
 * The one base-path helper. Every internal URL on the site goes through it so the
 * same build works under "/" locally and under "/REPO-NAME/" on GitHub Pages.
 */

/** Normalise a base to "/" or "/segment/…/" (leading and trailing slash). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** True for URLs that must not be prefixed: other origins, protocol-relative, mailto:, #fragments, ?queries. */
export function isExternalOrSpecial(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#') || path.startsWith('?');
}

/**
 * Pure core: prefix a root-relative (or bare) path with `base`.
 *   joinBase('/downhill/', '/chapters/x/#a') → '/downhill/chapters/x/#a'
 * External URLs, fragments and already-prefixed paths are returned unchanged.
 */
export function joinBase(base: string, path: string): string {
  if (isExternalOrSpecial(path)) return path;
  const b = normaliseBase(base);
  if (b !== '/' && (path === b.slice(0, -1) || path.startsWith(b))) return path;
  return b + path.replace(/^\/+/, '');
}

/** Prefix `path` with the site's configured base (Astro's import.meta.env.BASE_URL). */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
