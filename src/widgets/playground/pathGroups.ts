/**
 * The paths layer's drawing (pathsLayer.ts) as groups per path, brought to the marks of new
 * pictures in place: where a path starts or stops ending early (typing 100 → 1000 makes one
 * leave the map, and back), its cross and words are added or removed here instead of Plot
 * drawing the whole layer again. The groups added are copies of ones Plot drew on this page
 * (kept once seen, for the offset Plot gave its marks: drawStopGroups in pathsLayer.ts has Plot
 * draw them off the page at idle time); until Plot has drawn one, Plot draws.
 */
import type { PathPicture } from './pathPictures';

/** One path's groups: its line, end dot and number, and the cross and words where it ends early. */
export interface PathGroups {
  readonly line: Element;
  readonly dot: Element;
  readonly label: Element;
  stop: readonly [Element, Element] | null;
}

/** A group's mark and, for text, its anchor ("text end"): what tells the layer's marks apart. */
export const groupLabel = (g: Element): string => {
  const side = g.getAttribute('aria-description');
  const anchor = g.getAttribute('text-anchor');
  return `${g.getAttribute('aria-label')}${side ? ` ${side}` : ''}${anchor ? ` ${anchor}` : ''}`;
};

/** The stop groups Plot drew on this page, by the offset it gave its marks and their label. */
const stopTemplates = new Map<string, Element>();

/** Where a stopped path's words go: the label of their group. */
const wordsLabel = (stop: NonNullable<PathPicture['stop']>): string =>
  `text ${wordsSide(stop.above)} ${stop.right ? 'end' : 'start'}`;

/**
 * Where the words sit, as their mark's aria-description (pathsLayer.ts): above or below the end
 * is Plot's dy, written in the group's transform, so this tells the two apart.
 */
export const wordsSide = (above: boolean): string => (above ? 'above' : 'below');

/**
 * The layer's groups (in drawing order) as paths and the start's ring; null when they are not
 * the layer's marks. Keeps copies of the stop groups it finds.
 */
export function drawnPaths(groups: readonly Element[]): { paths: PathGroups[]; start: Element } | null {
  const n = groups.length;
  const start = groups[n - 1];
  if (start === undefined || groupLabel(start) !== 'dot') return null;
  const offset = start.getAttribute('transform');
  const paths: PathGroups[] = [];
  const label = (i: number): string => (i < n - 1 ? groupLabel(groups[i]!) : '');
  let i = 0;
  while (i < n - 1) {
    if (label(i) !== 'line' || label(i + 1) !== 'dot' || label(i + 2) !== 'text') return null;
    const path: PathGroups = { line: groups[i]!, dot: groups[i + 1]!, label: groups[i + 2]!, stop: null };
    i += 3;
    if (label(i) === 'dot' && label(i + 1).startsWith('text ')) {
      path.stop = [groups[i]!, groups[i + 1]!];
      for (const g of path.stop) {
        const key = `${offset}|${groupLabel(g)}`;
        if (!stopTemplates.has(key)) stopTemplates.set(key, g.cloneNode(true) as Element);
      }
      i += 2;
    }
    paths.push(path);
  }
  return { paths, start };
}

/**
 * Adds, swaps or removes the stop groups of `paths` so that they are the marks of `pictures`
 * (their geometry is set afterwards); false when a group Plot never drew on this page is needed.
 */
export function withStops(paths: readonly PathGroups[], pictures: readonly PathPicture[], start: Element): boolean {
  if (paths.length !== pictures.length) return false;
  const offset = start.getAttribute('transform');
  const copy = (label: string): Element | null =>
    (stopTemplates.get(`${offset}|${label}`)?.cloneNode(true) as Element | undefined) ?? null;
  for (const [k, p] of pictures.entries()) {
    const g = paths[k]!;
    const want = p.stop ? wordsLabel(p.stop) : null;
    if (want === null) {
      g.stop?.forEach((e) => e.remove());
      g.stop = null;
      continue;
    }
    if (g.stop !== null && groupLabel(g.stop[1]) === want) continue;
    const cross = g.stop?.[0] ?? copy('dot');
    const words = copy(want);
    if (cross === null || words === null) return false;
    if (g.stop === null) g.label.after(cross, words);
    else g.stop[1].replaceWith(words);
    g.stop = [cross, words];
  }
  return true;
}
