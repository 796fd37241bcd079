/**
 * Colours for surface faces: a sequential ramp by height (viridis, readable
 * in light and dark themes), darkened by the face's Lambertian brightness so
 * the shape reads even where the height barely changes. Ramps cannot use CSS
 * variables, so the colours are concrete rgb() strings; a lookup table keeps
 * a rotation step free of string parsing.
 */
import { scale } from '@observablehq/plot';

const STEPS = 64;
const SHADES = 16;

function parse(c: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /rgb\(\s*(\d+)[, ]+(\d+)[, ]+(\d+)/i.exec(c);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return [128, 128, 128];
}

let table: string[] | null = null;

function buildTable(): string[] {
  const ramp = scale({ color: { type: 'linear', scheme: 'viridis', domain: [0, 1] } });
  // The ramp's colours once, then shaded: it is built in the page's first 3-D drawing, where
  // asking the ramp for every shade again took 13 ms of a 51 ms task at 4× CPU.
  const ramped = Array.from({ length: STEPS }, (_, h) => parse(String(ramp.apply(h / (STEPS - 1)))));
  const out: string[] = [];
  for (let s = 0; s < SHADES; s++) {
    // Brightness 0.35…1 from the core maps to 0.62…1.04 here: shadows stay coloured.
    const k = 0.58 + 0.46 * (s / (SHADES - 1));
    for (let h = 0; h < STEPS; h++) {
      const [r, g, b] = ramped[h]!;
      const f = (v: number): number => Math.max(0, Math.min(255, Math.round(v * k)));
      out.push(`rgb(${f(r)},${f(g)},${f(b)})`);
    }
  }
  return out;
}

/**
 * Builds the colour table ahead, for a widget's prepare steps (prepareModel): otherwise the
 * page's first 3-D drawing builds it, in the task that draws the mesh.
 */
export function warmFaceColors(): void {
  table ??= buildTable();
}

/** Fill colour for a face of relative height `height` ∈ [0, 1] and brightness `light` ∈ [0.35, 1]. */
export function faceColor(height: number, light: number): string {
  table ??= buildTable();
  const h = Math.max(0, Math.min(STEPS - 1, Math.round((Number.isFinite(height) ? height : 1) * (STEPS - 1))));
  const l = Number.isFinite(light) ? (light - 0.35) / 0.65 : 1;
  const s = Math.max(0, Math.min(SHADES - 1, Math.round(l * (SHADES - 1))));
  return table[s * STEPS + h]!;
}
