/**
 * Rehype step: links the first use of each opted-in glossary term in a chapter to its entry
 * (/glossary/#id), so chapters get their glossary links without anyone editing the MDX. Only
 * running prose is touched: never text inside a link, code, a heading, KaTeX, a figure's
 * caption or a JSX component (widgets, quizzes). A term a chapter already links by hand is
 * left alone. Runs before rehypeBaseLinks, which adds the base path to the href.
 */
import type { HastNode } from './hast-walk';

export interface GlossaryLinkTerm {
  readonly id: string;
  /** Case-insensitive regular-expression source; its first match in prose becomes the link. */
  readonly pattern: string;
}

export interface GlossaryLinksOptions {
  readonly terms: readonly GlossaryLinkTerm[];
  /** Path of the glossary page before the base (default '/glossary/'). */
  readonly path?: string;
}

const SKIP_TAGS = new Set([
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'svg',
  'math',
  'figcaption',
  'button',
  'summary',
  'kbd',
]);

function skipped(node: HastNode): boolean {
  if (
    node.type === 'mdxJsxFlowElement' ||
    node.type === 'mdxJsxTextElement' ||
    node.type === 'mdxFlowExpression' ||
    node.type === 'mdxTextExpression'
  )
    return true;
  if (node.type !== 'element') return false;
  if (node.tagName && SKIP_TAGS.has(node.tagName)) return true;
  const cls = node.properties?.['className'];
  return Array.isArray(cls) && cls.some((c) => typeof c === 'string' && c.startsWith('katex'));
}

/** Every glossary anchor the tree already links to by hand. */
function linkedByHand(tree: HastNode, path: string): Set<string> {
  const ids = new Set<string>();
  const visit = (node: HastNode): void => {
    if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && href.startsWith(`${path}#`)) ids.add(href.slice(path.length + 1));
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(tree);
  return ids;
}

export function rehypeGlossaryLinks(options: GlossaryLinksOptions) {
  const path = options.path ?? '/glossary/';
  const terms = options.terms.map((t) => ({ id: t.id, re: new RegExp(t.pattern, 'i') }));
  return (tree: HastNode): void => {
    const done = linkedByHand(tree, path);
    const visit = (node: HastNode): void => {
      const children = node.children;
      if (!children) return;
      for (let k = 0; k < children.length; k++) {
        const child = children[k]!;
        if (skipped(child)) continue;
        if (child.type !== 'text' || typeof child.value !== 'string') {
          visit(child);
          continue;
        }
        // The earliest match of any term not linked yet in this text node (the longest on a tie:
        // "gradient descent" rather than "gradient").
        const text = child.value;
        let best: { id: string; index: number; length: number } | null = null;
        for (const t of terms) {
          if (done.has(t.id)) continue;
          const m = t.re.exec(text);
          if (
            m &&
            m[0].length > 0 &&
            (best === null || m.index < best.index || (m.index === best.index && m[0].length > best.length))
          )
            best = { id: t.id, index: m.index, length: m[0].length };
        }
        if (best === null) continue;
        done.add(best.id);
        const replacement: HastNode[] = [];
        if (best.index > 0) replacement.push({ type: 'text', value: text.slice(0, best.index) });
        replacement.push({
          type: 'element',
          tagName: 'a',
          properties: { href: `${path}#${best.id}`, className: ['glossary-link'] },
          children: [{ type: 'text', value: text.slice(best.index, best.index + best.length) }],
        });
        const rest = text.slice(best.index + best.length);
        if (rest.length > 0) replacement.push({ type: 'text', value: rest });
        children.splice(k, 1, ...replacement);
        // Continue with the text after the link (other terms may come later in it).
        k += replacement.length - (rest.length > 0 ? 2 : 1);
      }
    };
    visit(tree);
  };
}
