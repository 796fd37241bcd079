/**
 * A tiny tree walker for hast (and the MDX JSX nodes inside it), so the rehype
 * steps need no extra dependency. Visits every node depth-first, parents first.
 */
export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: HastNode[];
}

export function walk(
  node: HastNode,
  visit: (node: HastNode, parent: HastNode | undefined) => void,
  parent?: HastNode,
): void {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

/** Plain text of a node (text descendants only), as a heading's label. */
export function textOf(node: HastNode): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  // KaTeX output holds the formula twice (HTML and MathML with its TeX source): keep the MathML text only.
  const cls = node.properties?.['className'];
  if (Array.isArray(cls) && (cls.includes('katex-html') || cls.includes('heading-anchor'))) return '';
  if (node.tagName === 'annotation') return '';
  return (node.children ?? []).map(textOf).join('');
}
