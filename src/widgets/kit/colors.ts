/**
 * Theme-following colours for marks: CSS custom properties defined in
 * kit.css (light, dark, and prefers-color-scheme without JS). Plot accepts
 * `var(--…)` as a constant colour. Sequential ramps (contours) cannot
 * interpolate CSS variables: use a Plot scheme such as "viridis" there.
 */
export const color = {
  fg: 'var(--widget-fg)',
  muted: 'var(--widget-muted)',
  grid: 'var(--widget-grid)',
  bg: 'var(--widget-bg)',
  accent: 'var(--widget-accent)',
  warn: 'var(--widget-warn)',
  series: ['var(--widget-c1)', 'var(--widget-c2)', 'var(--widget-c3)', 'var(--widget-c4)'] as const,
} as const;
