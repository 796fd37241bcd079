/**
 * Splits the body of a chapter's MDX source into top-level blocks, in page order:
 * headings, prose (paragraphs, lists, display maths), fenced code and MDX syntax
 * (imports, exports, JSX elements, comments). Pure; what the listings test and the
 * notebook builder read a chapter through.
 *
 * It understands only what the chapters use: ATX headings, ``` / ~~~ fences,
 * `$$` display maths, JSX elements that start a line and end at a line closing
 * them (`/>` or `</Name>`), `{/* … *\/}` comments and import/export lines.
 */
export type MdxBlock =
  | { kind: 'heading'; depth: number; text: string; line: number }
  | { kind: 'prose'; text: string; line: number }
  | { kind: 'code'; lang: string; code: string; line: number }
  | { kind: 'mdx'; text: string; line: number };

const FENCE_OPEN = /^(```+|~~~+)\s*([\w-]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const JSX_OPEN = /^<([A-Za-z][\w.]*)/;

export function mdxBlocks(body: string): MdxBlock[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdxBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const start = i + 1;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const close = new RegExp(`^${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      const body: string[] = [];
      i++;
      while (i < lines.length && !close.test(lines[i]!)) body.push(lines[i++]!);
      i++; // the closing fence (or the end of an unclosed one)
      blocks.push({ kind: 'code', lang: fence[2] ?? '', code: body.length ? body.join('\n') + '\n' : '', line: start });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', depth: heading[1]!.length, text: heading[2]!, line: start });
      i++;
      continue;
    }
    if (/^(import|export)\s/.test(line)) {
      blocks.push({ kind: 'mdx', text: line, line: start });
      i++;
      continue;
    }
    if (line.trimStart().startsWith('{/*')) {
      const text: string[] = [];
      while (i < lines.length) {
        text.push(lines[i]!);
        if (lines[i++]!.includes('*/}')) break;
      }
      blocks.push({ kind: 'mdx', text: text.join('\n'), line: start });
      continue;
    }
    const jsx = JSX_OPEN.exec(line);
    if (jsx) {
      const name = jsx[1]!;
      const text: string[] = [];
      while (i < lines.length) {
        const l = lines[i++]!;
        text.push(l);
        const joined = text.join('\n');
        // Self-closing on this line, or the closing tag of the element.
        if (/\/>\s*$/.test(l) && balancedBraces(joined)) break;
        if (l.includes(`</${name}>`)) break;
      }
      blocks.push({ kind: 'mdx', text: text.join('\n'), line: start });
      continue;
    }
    if (line.trim().startsWith('$$')) {
      const text = [line];
      i++;
      if (!(line.trim().length > 2 && line.trim().endsWith('$$'))) {
        while (i < lines.length) {
          text.push(lines[i]!);
          if (lines[i++]!.trim().startsWith('$$')) break;
        }
      }
      blocks.push({ kind: 'prose', text: text.join('\n'), line: start });
      continue;
    }
    // Prose: up to a blank line, a fence, a heading or a JSX element.
    const text: string[] = [];
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.trim() === '' || FENCE_OPEN.test(l) || HEADING.test(l) || (text.length > 0 && JSX_OPEN.test(l))) break;
      text.push(l);
      i++;
    }
    blocks.push({ kind: 'prose', text: text.join('\n'), line: start });
  }
  return blocks;
}

function balancedBraces(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
  }
  return depth === 0;
}

/** A Python listing and, when the page states one, what it prints. */
export interface Listing {
  /** 1-based line of the ```python fence in the MDX source it was read from. */
  line: number;
  code: string;
  /** The page's stated output, or undefined when the listing prints nothing. */
  expected?: string;
}

/**
 * The Python listings of a chapter, in page order. A listing that prints is a
 * ```python fence followed directly (only blank lines between) by a ```text fence
 * holding exactly what it prints.
 */
export function extractListings(mdx: string): Listing[] {
  const blocks = mdxBlocks(mdx);
  const listings: Listing[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'code' || (b.lang !== 'python' && b.lang !== 'py')) return;
    const next = blocks[i + 1];
    const expected = next && next.kind === 'code' && next.lang === 'text' ? next.code : undefined;
    listings.push(expected === undefined ? { line: b.line, code: b.code } : { line: b.line, code: b.code, expected });
  });
  return listings;
}
