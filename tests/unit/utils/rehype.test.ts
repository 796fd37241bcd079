import { describe, expect, it } from 'vitest';
import type { HastNode } from '~/utils/hast-walk';
import { textOf, walk } from '~/utils/hast-walk';
import { rehypeBaseLinks } from '~/utils/rehype-base-links';
import { rehypeHeadingAnchors } from '~/utils/rehype-heading-anchors';

const text = (value: string): HastNode => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const root = (...children: HastNode[]): HastNode => ({ type: 'root', children });

describe('walk / textOf', () => {
  it('visits every node, parents first', () => {
    const seen: string[] = [];
    walk(root(el('p', {}, [text('a'), el('em', {}, [text('b')])])), (n) => seen.push(n.tagName ?? n.type));
    expect(seen).toEqual(['root', 'p', 'text', 'em', 'text']);
  });

  it('reads text, skipping the KaTeX HTML copy and TeX annotation', () => {
    const katex = el('span', { className: ['katex'] }, [
      el('span', { className: ['katex-mathml'] }, [
        el('math', {}, [el('mi', {}, [text('w')]), el('annotation', {}, [text('w')])]),
      ]),
      el('span', { className: ['katex-html'] }, [text('w')]),
    ]);
    expect(textOf(el('h2', {}, [text('The weight '), katex]))).toBe('The weight w');
  });
});

describe('rehypeBaseLinks', () => {
  it('prefixes root-relative links and images with the base', () => {
    const tree = root(
      el('a', { href: '/chapters/gradient-descent/#update-rule' }),
      el('img', { src: '/figures/x.svg' }),
      el('a', { href: 'https://example.org/' }),
      el('a', { href: '#local' }),
      el('a', { href: '//cdn.example/' }),
      el('a', { href: 'relative/' }),
    );
    rehypeBaseLinks({ base: '/downhill/' })(tree);
    expect(tree.children!.map((c) => c.properties!['href'] ?? c.properties!['src'])).toEqual([
      '/downhill/chapters/gradient-descent/#update-rule',
      '/downhill/figures/x.svg',
      'https://example.org/',
      '#local',
      '//cdn.example/',
      'relative/',
    ]);
  });

  it('rewrites plain JSX <a href> in MDX, leaves expressions alone', () => {
    const jsx: HastNode = {
      type: 'mdxJsxTextElement',
      name: 'a',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'href', value: '/chapters/loss-surface/' },
        { type: 'mdxJsxAttribute', name: 'class', value: '/not-a-url' },
      ],
      children: [],
    };
    const expr: HastNode = {
      type: 'mdxJsxFlowElement',
      name: 'a',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'href', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } },
      ],
      children: [],
    };
    rehypeBaseLinks({ base: '/downhill/' })(root(jsx, expr));
    expect(jsx.attributes![0]!.value).toBe('/downhill/chapters/loss-surface/');
    expect(jsx.attributes![1]!.value).toBe('/not-a-url');
    expect(expr.attributes![0]!.value).toEqual({ type: 'mdxJsxAttributeValueExpression', value: 'x' });
  });

  it('changes nothing under the root base', () => {
    const a = el('a', { href: '/chapters/x/' });
    rehypeBaseLinks({ base: '/' })(root(a));
    expect(a.properties!['href']).toBe('/chapters/x/');
  });
});

describe('rehypeHeadingAnchors', () => {
  it('adds one a.heading-anchor to each h2/h3 with an id', () => {
    const h2 = el('h2', { id: 'update-rule' }, [text('Update rule')]);
    const h3 = el('h3', { id: 'step' }, [text('Step')]);
    const h4 = el('h4', { id: 'deep' }, [text('Deep')]);
    const noId = el('h2', {}, [text('No id')]);
    const tree = root(h2, h3, h4, noId);
    const plugin = rehypeHeadingAnchors();
    plugin(tree);
    plugin(tree); // idempotent
    const anchors = (h: HastNode) => (h.children ?? []).filter((c) => c.tagName === 'a');
    expect(anchors(h2)).toHaveLength(1);
    expect(anchors(h3)).toHaveLength(1);
    expect(anchors(h4)).toHaveLength(0);
    expect(anchors(noId)).toHaveLength(0);
    const a = anchors(h2)[0]!;
    expect(a.properties).toMatchObject({
      className: ['heading-anchor'],
      href: '#update-rule',
      ariaLabel: 'Link to section: Update rule',
      dataPagefindIgnore: '',
    });
    // No text inside the link: the heading text Astro collects stays clean.
    expect(textOf(a)).toBe('');
    expect(textOf(h2)).toBe('Update rule');
  });

  it('takes other levels when configured', () => {
    const h4 = el('h4', { id: 'deep' }, [text('Deep')]);
    rehypeHeadingAnchors({ levels: [4] })(root(h4));
    expect(h4.children).toHaveLength(2);
  });
});
