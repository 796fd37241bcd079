// Astro configuration. `site` and `base` come from the environment so the same
// source deploys to GitHub Pages under /REPO-NAME/ and runs locally under /.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { normaliseBase } from './src/utils/base.ts';
import { rehypeBaseLinks } from './src/utils/rehype-base-links.ts';
import { rehypeHeadingAnchors } from './src/utils/rehype-heading-anchors.ts';
import { rehypeGlossaryLinks } from './src/utils/rehype-glossary-links.ts';
import { AUTO_LINKED_TERMS } from './content/glossary/terms.ts';
import { rehypeMathSearch } from './src/utils/rehype-math-search.ts';
import { cspIntegration } from './src/utils/csp-integration.ts';
import { lazyColorRamps } from './src/utils/lazy-color-ramps.ts';
import { lazyPlotFormat } from './src/utils/lazy-plot-format.ts';
import { lazyTimeFormat } from './src/utils/lazy-time-format.ts';
import { plotTaskBreak } from './src/utils/plot-task-break.ts';
import { compileHints } from './src/utils/compile-hints.ts';

const base = normaliseBase(process.env.BASE_PATH || '/');
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // The Content Security Policy is written into every page after the build (docs/security.md).
  integrations: [mdx(), preact(), cspIntegration()],
  vite: {
    // Plot's number formatter, d3's colour interpolators and its date locale made on first use,
    // not on import (src/utils/lazy-plot-format.ts, lazy-color-ramps.ts, lazy-time-format.ts);
    // a task ended after d3 and Plot evaluate (plot-task-break.ts); the browser's chunks
    // compiled ahead, off the main thread (src/utils/compile-hints.ts).
    plugins: [lazyPlotFormat(), lazyColorRamps(), lazyTimeFormat(), plotTaskBreak(), compileHints()],
    worker: { plugins: () => [compileHints()] },
    build: {
      // Fonts stay files (font-src 'self'): Vite would otherwise inline KaTeX's smallest one as data:.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    },
  },
  markdown: {
    // Astro 7's default Rust processor ignores remark/rehype plugins; math needs unified.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        rehypeKatex,
        // Index each formula once, as its MathML text.
        rehypeMathSearch,
        // Astro assigns heading ids after user plugins; run its step first so the
        // anchors can use the ids (it keeps existing ids on its own later pass).
        rehypeHeadingIds,
        rehypeHeadingAnchors,
        // First use of each opted-in glossary term → /glossary/#term (before the base is added).
        [rehypeGlossaryLinks, { terms: AUTO_LINKED_TERMS }],
        [rehypeBaseLinks, { base }],
      ],
    }),
    // Dual themes: spans carry --shiki-dark; global CSS switches to it under data-theme="dark".
    // The *-default GitHub themes keep comments above 4.5:1 contrast (the classic ones do not).
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
});
