/**
 * Rehype step: chapter Markdown links are written root-relative, as students see
 * the site ("[the update rule](/chapters/gradient-descent/#update-rule)"). Astro
 * does not add the base to them, so this step does, for <a href> and <img src>
 * in Markdown and for plain JSX <a>/<img> in MDX.
 */
import { joinBase } from './base';
import { walk, type HastNode } from './hast-walk';

export interface BaseLinksOptions {
  base: string;
}

const URL_ATTRS: Record<string, string> = { a: 'href', img: 'src', source: 'src', link: 'href' };

function needsBase(url: unknown): url is string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//');
}

export function rehypeBaseLinks(options: BaseLinksOptions) {
  const base = options.base;
  return (tree: HastNode): void => {
    walk(tree, (node) => {
      if (node.type === 'element' && node.tagName && node.properties) {
        const attr = URL_ATTRS[node.tagName];
        if (!attr) return;
        const url = node.properties[attr];
        if (needsBase(url)) node.properties[attr] = joinBase(base, url);
      } else if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name &&
        node.attributes
      ) {
        const attr = URL_ATTRS[node.name];
        if (!attr) return;
        for (const a of node.attributes) {
          if (a.type === 'mdxJsxAttribute' && a.name === attr && needsBase(a.value)) a.value = joinBase(base, a.value);
        }
      }
    });
  };
}
