import { describe, expect, it } from 'vitest';
import { AUTO_LINKED_TERMS, GLOSSARY } from '../../../content/glossary/terms';
import type { HastNode } from '~/utils/hast-walk';
import { rehypeGlossaryLinks } from '~/utils/rehype-glossary-links';

const text = (value: string): HastNode => ({ type: 'text', value });
const el = (tagName: string, children: HastNode[], properties: Record<string, unknown> = {}): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const terms = [
  { id: 'gradient', pattern: '\\bgradients?\\b' },
  { id: 'learning-rate', pattern: '\\blearning rates?\\b' },
];
const run = (tree: HastNode): HastNode => {
  rehypeGlossaryLinks({ terms })(tree);
  return tree;
};
const links = (tree: HastNode): Array<[string, string]> => {
  const found: Array<[string, string]> = [];
  const visit = (n: HastNode): void => {
    if (
      n.type === 'element' &&
      n.tagName === 'a' &&
      (n.properties?.['className'] as string[] | undefined)?.includes('glossary-link')
    ) {
      found.push([String(n.properties?.['href']), String(n.children?.[0]?.value)]);
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return found;
};

describe('rehypeGlossaryLinks', () => {
  it('links the first use of each term once, keeping the text as written', () => {
    const tree = run(
      el('root', [
        el('p', [text('The Gradient points uphill; the learning rate scales the gradient.')]),
        el('p', [text('Every gradient again.')]),
      ]),
    );
    expect(links(tree)).toEqual([
      ['/glossary/#gradient', 'Gradient'],
      ['/glossary/#learning-rate', 'learning rate'],
    ]);
    const p = tree.children![0]!;
    expect(p.children!.map((c) => (c.type === 'text' ? c.value : `[${c.children![0]!.value}]`)).join('')).toBe(
      'The [Gradient] points uphill; the [learning rate] scales the gradient.',
    );
  });

  it('prefers the longer term where two start at the same place', () => {
    const two = [...terms, { id: 'gradient-descent', pattern: '\\bgradient descent\\b' }];
    const tree = el('root', [el('p', [text('Gradient descent uses the gradient.')])]);
    rehypeGlossaryLinks({ terms: two })(tree);
    expect(links(tree)).toEqual([
      ['/glossary/#gradient-descent', 'Gradient descent'],
      ['/glossary/#gradient', 'gradient'],
    ]);
  });

  it('leaves headings, links, code, KaTeX, captions and JSX components alone', () => {
    const tree = run(
      el('root', [
        el('h2', [text('The gradient')]),
        el('p', [
          el('a', [text('gradient')], { href: '/x/' }),
          el('code', [text('gradient')]),
          el('span', [text('gradient')], { className: ['katex'] }),
        ]),
        el('figure', [el('figcaption', [text('gradient')])]),
        { type: 'mdxJsxFlowElement', name: 'Quiz', children: [el('p', [text('gradient')])] },
        el('p', [text('a learning rate')]),
      ]),
    );
    expect(links(tree)).toEqual([['/glossary/#learning-rate', 'learning rate']]);
  });

  it('does not add a second link for a term the chapter links by hand', () => {
    const tree = run(
      el('root', [el('p', [text('the gradient')]), el('p', [el('a', [text('see')], { href: '/glossary/#gradient' })])]),
    );
    expect(links(tree)).toEqual([]);
  });

  it('takes its opted-in terms from the glossary, each with a pattern that compiles', () => {
    expect(AUTO_LINKED_TERMS.length).toBeGreaterThan(10);
    const ids = new Set(GLOSSARY.map((t) => t.id));
    for (const t of AUTO_LINKED_TERMS) {
      expect(ids.has(t.id)).toBe(true);
      expect(() => new RegExp(t.pattern, 'i')).not.toThrow();
      expect(new RegExp(t.pattern, 'i').test('')).toBe(false);
    }
    expect(AUTO_LINKED_TERMS.some((t) => t.id === 'parameter')).toBe(false);
  });
});
