import { describe, expect, it } from 'vitest';
import {
  POLICY_DIRECTIVES,
  contentSecurityPolicy,
  cspMeta,
  inlineCode,
  pagePolicy,
  sha256Source,
  withContentSecurityPolicy,
} from '~/utils/csp';

// Expected hashes from python3: base64(hashlib.sha256(s.encode()).digest()).
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const A_NEWLINE_B = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='";
const E_ACUTE = "'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='";

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
  '<script>alert(1)</script><title>t</title>',
  '<style>p{color:red}</style><script type="module" src="/_astro/x.js"></script></head>',
  '<body><p style="height:1em">é</p><script type="module">a\nb</script>',
  '<svg><style>circle{fill:blue}</style></svg></body></html>',
].join('');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );
}

describe('sha256Source', () => {
  it('hashes the UTF-8 bytes of the text, as a quoted CSP source', () => {
    expect(sha256Source('alert(1)')).toBe(ALERT);
    expect(sha256Source('é')).toBe(E_ACUTE);
  });

  it('hashes line ends as the HTML parser hands them to the script (CR LF and CR become LF)', () => {
    expect(sha256Source('a\nb')).toBe(A_NEWLINE_B);
    expect(sha256Source('a\r\nb')).toBe(A_NEWLINE_B);
    expect(sha256Source('a\rb')).toBe(A_NEWLINE_B);
  });
});

describe('inlineCode', () => {
  it('finds inline scripts (not those with src) and every style element, SVG ones too', () => {
    expect(inlineCode(PAGE)).toEqual({
      scripts: ['alert(1)', 'a\nb'],
      styles: ['p{color:red}', 'circle{fill:blue}'],
    });
  });

  it('treats any src attribute as external, whatever its quoting or case', () => {
    expect(inlineCode('<script SRC=a.js></script><script data-src="x">1</script>').scripts).toEqual(['1']);
  });
});

describe('contentSecurityPolicy', () => {
  const d = directives(contentSecurityPolicy(inlineCode(PAGE)));

  it('allows scripts from the site and the page’s inline scripts by hash, WebAssembly but never eval', () => {
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ALERT, A_NEWLINE_B]);
    expect([...d.values()].flat()).not.toContain("'unsafe-eval'");
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('allows style elements by hash and style attributes only as attributes', () => {
    expect(d.get('style-src')).toEqual(["'self'", sha256Source('p{color:red}'), sha256Source('circle{fill:blue}')]);
    expect(d.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('refuses by default and names the rest', () => {
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    for (const name of ['worker-src', 'connect-src', 'font-src', 'img-src']) expect(d.get(name)).toEqual(["'self'"]);
    // Ignored (with a console error) in a meta element.
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(d.has(name)).toBe(false);
  });

  it('lists a block inlined twice once', () => {
    const twice = directives(contentSecurityPolicy({ scripts: ['alert(1)', 'alert(1)'], styles: [] }));
    expect(twice.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ALERT]);
  });

  it('has one entry per directive name', () => {
    expect(Object.keys(POLICY_DIRECTIVES).length).toBe(d.size);
  });
});

describe('withContentSecurityPolicy', () => {
  const out = withContentSecurityPolicy(PAGE);

  it('puts the policy straight after <meta charset>, before the first script', () => {
    expect(out.indexOf('<meta http-equiv="Content-Security-Policy"')).toBe(
      PAGE.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length,
    );
    expect(out.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).toBe(PAGE);
  });

  it('writes a policy that reads back as the page’s own', () => {
    expect(pagePolicy(out)).toBe(contentSecurityPolicy(inlineCode(PAGE)));
    expect(pagePolicy(PAGE)).toBeUndefined();
  });

  it('goes first in <head> when there is no <meta charset>', () => {
    const page = '<html><head><title>x</title><script>alert(1)</script></head><body></body></html>';
    expect(withContentSecurityPolicy(page)).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy"/);
  });

  it('refuses a page that already has a policy, or has no head', () => {
    expect(() => withContentSecurityPolicy(out)).toThrow(/already/);
    expect(() =>
      withContentSecurityPolicy('<head><meta http-equiv="content-security-policy" content="x"></head>'),
    ).toThrow(/already/);
    expect(() => withContentSecurityPolicy('<p>no head</p>')).toThrow(/no <head>/);
  });
});

describe('cspMeta', () => {
  it('escapes the attribute value', () => {
    expect(cspMeta(`a "b" <c> & d`)).toBe(
      '<meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &lt;c&gt; &amp; d">',
    );
    expect(pagePolicy(`<head>${cspMeta(`a "b" <c> & d`)}</head>`)).toBe(`a "b" <c> & d`);
  });
});
