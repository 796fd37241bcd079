/**
 * Rehype step: give every h2/h3 that has an id a self-link, so an instructor can
 * copy a link to a section. Runs after Astro's heading-id step (registered just
 * before it in astro.config.mjs). The link holds only an icon (no text node), so
 * the heading text Astro collects for the contents list stays clean; its name
 * comes from aria-label. Pagefind skips it (data-pagefind-ignore).
 */
import { textOf, walk, type HastNode } from './hast-walk';

export interface HeadingAnchorOptions {
  /** Heading levels that get an anchor. Default h2 and h3. */
  levels?: number[];
}

function icon(): HastNode {
  return {
    type: 'element',
    tagName: 'svg',
    properties: {
      ariaHidden: 'true',
      focusable: 'false',
      width: 16,
      height: 16,
      viewBox: '0 0 24 24',
      className: ['heading-anchor-icon'],
    },
    children: [
      {
        type: 'element',
        tagName: 'path',
        properties: {
          fill: 'none',
          stroke: 'currentColor',
          strokeWidth: 2,
          strokeLinecap: 'round',
          strokeLinejoin: 'round',
          d: 'M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5',
        },
        children: [],
      },
    ],
  };
}

export function rehypeHeadingAnchors(options: HeadingAnchorOptions = {}) {
  const tags = new Set((options.levels ?? [2, 3]).map((l) => `h${l}`));
  return (tree: HastNode): void => {
    walk(tree, (node) => {
      if (node.type !== 'element' || !node.tagName || !tags.has(node.tagName)) return;
      const id = node.properties?.['id'];
      if (typeof id !== 'string' || id === '') return;
      const children = node.children ?? [];
      if (children.some((c) => c.type === 'element' && hasClass(c, 'heading-anchor'))) return;
      const label = textOf(node).trim();
      children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['heading-anchor'],
          href: `#${id}`,
          ariaLabel: label ? `Link to section: ${label}` : 'Link to this section',
          dataPagefindIgnore: '',
        },
        children: [icon()],
      });
      node.children = children;
    });
  };
}

function hasClass(node: HastNode, name: string): boolean {
  const cls = node.properties?.['className'];
  return Array.isArray(cls) ? cls.includes(name) : cls === name;
}
