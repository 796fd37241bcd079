/**
 * Geometry of a dense network diagram (circles for neurons, one line per weight), computed from
 * the layer sizes alone, so the SVG drawn at build time always matches the network described.
 * Layers are columns from left (inputs) to right (output); each column is centred vertically.
 */
export interface DiagramNode {
  readonly layer: number;
  readonly index: number;
  readonly x: number;
  readonly y: number;
}

export interface DiagramEdge {
  readonly from: DiagramNode;
  readonly to: DiagramNode;
}

export interface NetworkDiagram {
  readonly width: number;
  readonly height: number;
  readonly radius: number;
  readonly nodes: DiagramNode[];
  readonly edges: DiagramEdge[];
  /** The x of each layer's column, for its caption. */
  readonly columns: number[];
}

export interface DiagramOptions {
  /** Horizontal distance between layer columns (default 130). */
  readonly columnGap?: number;
  /** Vertical distance between neurons in a column (default 56). */
  readonly rowGap?: number;
  /** Neuron radius (default 16). */
  readonly radius?: number;
  /** Space around the drawing (default 28 at the sides, 20 above; 36 below for captions). */
  readonly margin?: number;
}

export function networkDiagram(sizes: readonly number[], options: DiagramOptions = {}): NetworkDiagram {
  if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1 || s > 64)) {
    throw new Error(`a diagram needs at least two layers of 1 to 64 neurons, got [${sizes.join(', ')}]`);
  }
  const columnGap = options.columnGap ?? 130;
  const rowGap = options.rowGap ?? 56;
  const radius = options.radius ?? 16;
  const margin = options.margin ?? 28;
  const tallest = Math.max(...sizes);
  const top = 20 + radius;
  const height = top + (tallest - 1) * rowGap + radius + 36;
  const width = 2 * (margin + radius) + (sizes.length - 1) * columnGap;
  const columns = sizes.map((_, l) => margin + radius + l * columnGap);
  const layers = sizes.map((size, l) => {
    const offset = ((tallest - size) * rowGap) / 2;
    return Array.from({ length: size }, (_, i): DiagramNode => ({
      layer: l,
      index: i,
      x: columns[l]!,
      y: top + offset + i * rowGap,
    }));
  });
  const edges: DiagramEdge[] = [];
  for (let l = 1; l < layers.length; l++) {
    for (const from of layers[l - 1]!) for (const to of layers[l]!) edges.push({ from, to });
  }
  return { width, height, radius, nodes: layers.flat(), edges, columns };
}
