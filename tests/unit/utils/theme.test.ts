import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, otherTheme, resolveTheme } from '~/utils/theme';

describe('resolveTheme', () => {
  it('prefers a stored choice', () => {
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('falls back to the system preference', () => {
    expect(resolveTheme(null, true)).toBe('dark');
    expect(resolveTheme(undefined, false)).toBe('light');
    expect(resolveTheme('purple', true)).toBe('dark');
  });

  it('toggles and uses the documented key', () => {
    expect(otherTheme('dark')).toBe('light');
    expect(otherTheme('light')).toBe('dark');
    expect(THEME_STORAGE_KEY).toBe('downhill-theme');
  });
});
