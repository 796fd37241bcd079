/**
 * One standalone SVG file from every figure of a widget: all layers, laid out
 * as they are on screen, with `var(--…)` colours replaced by their current
 * computed values so the file looks the same outside the page.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Replaces `var(--name[, fallback])` in `text` using `lookup` (pure). */
export function resolveCssVars(text: string, lookup: (name: string) => string): string {
  return text.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?))?\s*\)/g, (_, name: string, fallback?: string) => {
    const v = lookup(name).trim();
    return v !== '' ? v : (fallback ?? 'currentColor');
  });
}

export function figuresToSvg(root: Element, title: string): string {
  // Not a new drawing waiting hidden, or a drawing it has replaced (PlotFigure, for a frame).
  const svgs = Array.from(root.querySelectorAll<SVGSVGElement>('.kit-figure > .kit-layer svg')).filter(
    (svg) => svg.closest('[data-kit-incoming], [data-kit-outgoing]') === null,
  );
  if (svgs.length === 0) return '';
  const rects = svgs.map((s) => s.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const width = Math.ceil(Math.max(...rects.map((r) => r.right)) - left);
  const height = Math.ceil(Math.max(...rects.map((r) => r.bottom)) - top);
  const style = getComputedStyle(root);
  const ser = new XMLSerializer();
  const parts = svgs.map((svg, i) => {
    const r = rects[i]!;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('x', String(Math.round(r.left - left)));
    clone.setAttribute('y', String(Math.round(r.top - top)));
    clone.setAttribute('width', String(Math.round(r.width)));
    clone.setAttribute('height', String(Math.round(r.height)));
    return ser.serializeToString(clone);
  });
  const esc = (s: string): string => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const out =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `style="color: ${esc(style.color)}; background: var(--widget-bg); font-family: ${esc(style.fontFamily)}">` +
    `<title>${esc(title)}</title><rect width="100%" height="100%" fill="var(--widget-bg)"/>${parts.join('')}</svg>`;
  return resolveCssVars(out, (name) => style.getPropertyValue(name));
}
