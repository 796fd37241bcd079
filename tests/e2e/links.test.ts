// The built site has no broken internal link, asset or #fragment under the
// base path, and loads nothing from another origin (checked statically over
// dist/; at run time in Chromium by tests/e2e/site/csp.test.ts).
import { describe, expect, it, inject } from 'vitest';
import { checkLinks } from '../support/linkcheck.mjs';

describe('links', () => {
  it('every internal link, asset and #fragment in dist resolves under the base path', () => {
    const { problems, pages, links } = checkLinks(inject('siteDir'), inject('siteBase'));
    expect(pages).toBeGreaterThan(1);
    expect(links).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
  // At run time no page requests anything from another origin: tests/e2e/site/csp.test.ts, which
  // loads every page with every island hydrated and uses search, checks that beside the policy.
});
