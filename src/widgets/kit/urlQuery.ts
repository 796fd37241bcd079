/**
 * Reading and writing one widget's parameter in a query string while keeping
 * every other parameter exactly as it was. Pure string functions; never throw.
 */

function decodeKey(k: string): string {
  try {
    return decodeURIComponent(k.replace(/\+/g, ' '));
  } catch {
    return k;
  }
}

/** The decoded value of parameter `name` in `search` ("?a=1&b=2"), or null. */
export function readParam(search: string, name: string): string | null {
  try {
    return new URLSearchParams(search).get(name);
  } catch {
    return null;
  }
}

/** Percent-encodes a value but leaves ':' and ',' readable (both legal in a query). */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/**
 * `search` with parameter `name` set to `value` (removed when `value` is
 * empty). Returns "?…" or "" when nothing is left.
 */
export function writeParam(search: string, name: string, value: string): string {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && decodeKey(p.split('=')[0] ?? '') !== name);
  if (value !== '') parts.push(`${encodeURIComponent(name)}=${encodeValue(value)}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
