/**
 * The social preview image as SVG: Himmelblau's surface as contour lines (the core's grid and
 * contours), four gradient-descent runs (the core's descentPath) each ending in one of its
 * four minima, and the course's name. tests/support/make-og-image.ts rasterises it to
 * public/og-image.png; the PNG is committed, so the build does not draw it.
 */
import { contourLines } from '../core/contour/contour-lines';
import { evaluateGrid } from '../core/grid/evaluate-grid';
import { descentPath, type DescentPath } from '../core/optim/descent-path';
import { gradientDescent } from '../core/optim/gradient-descent';
import { configure } from '../core/optim/optimizer';
import { himmelblau } from '../core/surfaces/himmelblau';
import { OG_IMAGE } from './og-image';

const { width: W, height: H } = OG_IMAGE;

// Dark theme colours of the site (src/styles/global.css) and the favicon's yellow ball.
const BG = '#13161b';
const FG = '#f4f6f8';
const MUTED = '#a3acb8';
const ACCENT = '#86b4f7';
const BALL = '#fde68a';

/** The map fills the right of the picture: data window → pixels, x right, y up. */
const MAP = { left: 470, right: W, top: 0, bottom: H } as const;
const Y_HALF = 6.1;
const X_HALF = (Y_HALF * (MAP.right - MAP.left)) / (MAP.bottom - MAP.top);
const X_CENTRE = 0.25;

const px = (x: number): number => MAP.left + ((x - (X_CENTRE - X_HALF)) / (2 * X_HALF)) * (MAP.right - MAP.left);
const py = (y: number): number => MAP.bottom - ((y + Y_HALF) / (2 * Y_HALF)) * (MAP.bottom - MAP.top);
const r1 = (v: number): string => String(Math.round(v * 10) / 10);

/** Starts of the runs; the first is drawn bright, the others faint. Each ends in a different minimum. */
export const RUN_STARTS: readonly (readonly [number, number])[] = [
  [1, 5.5],
  [-4.2, 5.6],
  [-1, -5.5],
  [4.8, -5.2],
];
const LEARNING_RATE = 0.0015;

function contourPaths(): string[] {
  const grid = evaluateGrid((x, y) => himmelblau.f(x, y), {
    x: [X_CENTRE - X_HALF, X_CENTRE + X_HALF],
    y: [-Y_HALF, Y_HALF],
    nx: 220,
    ny: 200,
  });
  // Each level √2 times the last: evenly spaced rings on a log scale, from the floor to the rim.
  const levels: number[] = [];
  for (let v = 0.7; v < grid.max && levels.length < 40; v *= Math.SQRT2) levels.push(v);
  const lines = contourLines(grid, levels);
  const paths: string[] = [];
  let d = '';
  let current = -1;
  let level = 0;
  const flush = (): void => {
    if (d === '') return;
    // Low levels (near the minima) brighter than the rim.
    const t = Math.log(levels.indexOf(level) + 1) / Math.log(levels.length);
    const opacity = (0.75 - 0.55 * t).toFixed(2);
    paths.push(`<path d="${d}" stroke="${ACCENT}" stroke-opacity="${opacity}"/>`);
    d = '';
  };
  for (let k = 0; k < lines.x.length; k++) {
    const id = lines.line[k]!;
    if (id !== current) {
      flush();
      current = id;
      level = lines.value[k]!;
      d = `M${r1(px(lines.x[k]!))} ${r1(py(lines.y[k]!))}`;
    } else {
      d += `L${r1(px(lines.x[k]!))} ${r1(py(lines.y[k]!))}`;
    }
  }
  flush();
  return paths;
}

/** The runs drawn, one per start of RUN_STARTS (exported for the test that they reach the four minima). */
export function descentRuns(): DescentPath[] {
  return RUN_STARTS.map((start) =>
    descentPath(himmelblau, configure(gradientDescent, { learningRate: LEARNING_RATE }), start, {
      maxSteps: 2000,
      tolerance: 1e-10,
    }),
  );
}

function runPath(run: DescentPath, bright: boolean): string {
  const start = run.points[0]!;
  const pts = run.points.map((p) => `${r1(px(p[0]!))} ${r1(py(p[1]!))}`);
  const end = run.points[run.points.length - 1]!;
  const [sx, sy] = [px(start[0]!), py(start[1]!)];
  const [ex, ey] = [px(end[0]!), py(end[1]!)];
  const colour = bright ? BALL : FG;
  const alpha = bright ? 1 : 0.55;
  return [
    `<path d="M${pts.join('L')}" fill="none" stroke="${colour}" stroke-opacity="${alpha}" stroke-width="${bright ? 5 : 3}" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<circle cx="${r1(sx)}" cy="${r1(sy)}" r="${bright ? 7 : 5}" fill="${BG}" stroke="${colour}" stroke-opacity="${alpha}" stroke-width="3"/>`,
    `<circle cx="${r1(ex)}" cy="${r1(ey)}" r="${bright ? 15 : 8}" fill="${colour}" fill-opacity="${alpha}"/>`,
  ].join('');
}

/** The whole picture, W × H, self-contained (no external fonts or images). */
export function socialImageSvg(): string {
  const font = `'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif`;
  const [bright, ...faint] = descentRuns();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<defs><linearGradient id="fade" x1="0" x2="1" y1="0" y2="0">`,
    `<stop offset="0.36" stop-color="${BG}" stop-opacity="1"/><stop offset="0.62" stop-color="${BG}" stop-opacity="0"/>`,
    `</linearGradient></defs>`,
    `<rect width="${W}" height="${H}" fill="${BG}"/>`,
    `<g fill="none" stroke-width="1.6">${contourPaths().join('')}</g>`,
    faint.map((run) => runPath(run, false)).join(''),
    runPath(bright!, true),
    `<rect width="${W}" height="${H}" fill="url(#fade)"/>`,
    // The favicon's mark, then the name and what the course is.
    `<g transform="translate(80 96) scale(2.5)"><rect width="32" height="32" rx="7" fill="#1c5bb5"/>`,
    `<path d="M5 8c6 0 8 4 10.5 9.5S21 25 28 25" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>`,
    `<circle cx="23.5" cy="24.4" r="3.3" fill="${BALL}"/></g>`,
    `<g font-family="${font.replace(/'/g, '&apos;')}">`,
    `<text x="80" y="290" fill="${FG}" font-size="112" font-weight="700" letter-spacing="-2">Downhill</text>`,
    `<text x="82" y="360" fill="${FG}" font-size="38">Loss surfaces and</text>`,
    `<text x="82" y="408" fill="${FG}" font-size="38">gradient descent</text>`,
    `<text x="82" y="520" fill="${MUTED}" font-size="26">An interactive course: live figures</text>`,
    `<text x="82" y="556" fill="${MUTED}" font-size="26">to drag, scrub and link to</text>`,
    `</g></svg>`,
  ].join('');
}
