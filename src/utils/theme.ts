/**
 * Theme choice. The inline head script in ThemeScript.astro repeats this logic in
 * plain JS (it must run before first paint, without a module load); keep them in step.
 */
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'downhill-theme';

/** A stored explicit choice wins; otherwise follow the system preference. */
export function resolveTheme(stored: string | null | undefined, prefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return prefersDark ? 'dark' : 'light';
}

export function otherTheme(theme: Theme): Theme {
  return theme === 'dark' ? 'light' : 'dark';
}
