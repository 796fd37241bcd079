/**
 * The site's social preview image (og:image): one designed 1200 × 630 PNG for every page,
 * drawn by src/utils/og-image-svg.ts and rasterised into public/ by
 * tests/support/make-og-image.ts (README, "Deploying to GitHub Pages").
 */
export const OG_IMAGE = {
  /** Root-relative path; pages give it with the base path and the site URL. */
  path: '/og-image.png',
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: 'Downhill: contour lines of a loss surface with gradient-descent paths running down into its minima.',
} as const;
