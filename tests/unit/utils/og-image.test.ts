import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { himmelblau } from '~/core/surfaces/himmelblau';
import { OG_IMAGE } from '~/utils/og-image';
import { RUN_STARTS, descentRuns, socialImageSvg } from '~/utils/og-image-svg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('the committed social preview image (public/og-image.png)', () => {
  const png = readFileSync(new URL(`../../../public${OG_IMAGE.path}`, import.meta.url));

  it('is a PNG whose IHDR says 1200 × 630', () => {
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk: length (13), type "IHDR", then width and height as big-endian uint32.
    expect(png.readUInt32BE(8)).toBe(13);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([OG_IMAGE.width, OG_IMAGE.height]).toEqual([1200, 630]);
  });

  it('is small enough for link-preview crawlers (well under their 5 MB limits)', () => {
    expect(png.length).toBeLessThan(400 * 1024);
  });
});

describe('socialImageSvg', () => {
  const svg = socialImageSvg();
  const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;

  it('is well-formed SVG of the image size, with the course name', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '630']);
    expect(root.textContent).toContain('Downhill');
  });

  it('is self-contained: no external image, font or stylesheet', () => {
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(doc.querySelectorAll('image, style, foreignObject').length).toBe(0);
  });

  it('draws contour lines and one path per run, with no NaN coordinates', () => {
    expect(doc.querySelectorAll('path[stroke-opacity]').length).toBeGreaterThan(20);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('has each run end in a different one of Himmelblau’s four minima, as the alt text says', () => {
    const runs = descentRuns();
    expect(runs.map((run) => [...run.points[0]!])).toEqual(RUN_STARTS);
    const reached = runs.map((run) => {
      expect(run.status).toBe('converged');
      const end = run.points[run.points.length - 1]!;
      return himmelblau.minima.findIndex(([x, y]) => Math.hypot(end[0]! - x!, end[1]! - y!) < 1e-2);
    });
    expect([...reached].sort()).toEqual([0, 1, 2, 3]);
    expect(OG_IMAGE.alt).toMatch(/minima/);
  });
});
