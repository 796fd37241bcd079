/**
 * The site's icons: PNGs drawn from public/favicon.svg by tests/support/make-favicon.ts (why
 * not the SVG itself: there). BaseLayout links them; paths are root-relative, given with the
 * base path.
 */
export interface Favicon {
  readonly path: string;
  /** Width and height in pixels. */
  readonly size: number;
  /** `icon` for browsers' tabs and bookmarks, `apple-touch-icon` for a phone's home screen. */
  readonly rel: 'icon' | 'apple-touch-icon';
}

export const FAVICONS: readonly Favicon[] = [
  { path: '/favicon-32.png', size: 32, rel: 'icon' },
  { path: '/favicon-96.png', size: 96, rel: 'icon' },
  { path: '/apple-touch-icon.png', size: 180, rel: 'apple-touch-icon' },
];
