/**
 * Rehype step (after rehype-katex): KaTeX writes each formula three times — the
 * MathML text, its TeX source (<annotation>) and the glyph spans (.katex-html).
 * Pagefind would index all three, so search excerpts showed every formula thrice
 * and with backslash commands. Keep the MathML text (readable: "XTXβ = XTy") and
 * mark the other two data-pagefind-ignore. Screen readers still use the MathML;
 * the page looks the same.
 */
import { walk, type HastNode } from './hast-walk';

export function rehypeMathSearch() {
  return (tree: HastNode): void => {
    walk(tree, (node) => {
      if (node.type !== 'element') return;
      const cls = node.properties?.['className'];
      if (node.tagName === 'annotation' || (Array.isArray(cls) && cls.includes('katex-html'))) {
        node.properties = { ...node.properties, dataPagefindIgnore: '' };
      }
    });
  };
}

/**
 * The same for KaTeX HTML made outside the Markdown pipeline (the glossary renders its
 * formulas with katex.renderToString): the TeX annotation and the glyph spans are kept
 * out of the search index, the MathML text stays.
 */
export function mathForSearch(html: string): string {
  return html
    .replace(/<annotation /g, '<annotation data-pagefind-ignore ')
    .replace(/class="katex-html"/g, 'class="katex-html" data-pagefind-ignore');
}
