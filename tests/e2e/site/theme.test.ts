// Light/dark: follows the system, the toggle switches and persists across pages,
// and the stored theme is applied before the body is parsed (no flash).
import { describe, expect, it } from 'vitest';
import { chapterPaths, openPage, useBrowser, usePage } from '../../support/site';

const theme = (v: { page: import('playwright-core').Page }) =>
  v.page.evaluate(() => document.documentElement.dataset.theme);

describe('theme', () => {
  const b = useBrowser();
  // For the tests that store nothing; the ones that store a choice open a fresh context.
  const tab = usePage(b);

  it('follows prefers-color-scheme when nothing is stored', async () => {
    const light = await tab.open('', { colorScheme: 'light' });
    expect(await theme(light)).toBe('light');
    await light.close();
    const dark = await tab.open('', { colorScheme: 'dark' });
    expect(await theme(dark)).toBe('dark');
    await dark.close();
  });

  it('toggles, stores the choice and keeps it on the next page', async () => {
    const v = await openPage(b.browser, '', { colorScheme: 'light' });
    const toggle = v.page.locator('button#theme-toggle');
    await toggle.click();
    expect(await theme(v)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await v.page.evaluate(() => localStorage.getItem('downhill-theme'))).toBe('dark');
    const bg = await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    // Next page, same context (same localStorage); record the theme at the moment <body> appears.
    await v.page.addInitScript(() => {
      const w = window as unknown as { __themeAtBody?: string };
      new MutationObserver((_, obs) => {
        if (document.body) {
          w.__themeAtBody = document.documentElement.dataset.theme ?? 'unset';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const path = chapterPaths()[0] ?? '';
    await v.page.goto(new URL(path, v.page.url()).href.replace(/\/\/$/, '/'));
    expect(await theme(v)).toBe('dark');
    expect(await v.page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody)).toBe('dark');
    expect(await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bg);

    await v.page.locator('button#theme-toggle').click();
    expect(await theme(v)).toBe('light');
    expect(await v.page.evaluate(() => localStorage.getItem('downhill-theme'))).toBe('light');
    await v.close();
  });

  it('an explicit choice wins over the system preference', async () => {
    const v = await openPage(b.browser, '', { colorScheme: 'dark' });
    await v.page.evaluate(() => localStorage.setItem('downhill-theme', 'light'));
    await v.page.reload();
    expect(await theme(v)).toBe('light');
    await v.close();
  });

  it('code blocks switch to the dark Shiki colours in the dark theme', async () => {
    const path = chapterPaths().find(Boolean);
    if (!path) return;
    const v = await tab.open(path, { colorScheme: 'dark' });
    const span = v.page.locator('#content pre.astro-code span[style*="--shiki-dark"]').first();
    if ((await span.count()) === 0) return void (await v.close());
    const { color, dark } = await span.evaluate((s) => ({
      color: getComputedStyle(s).color,
      dark: s.style.getPropertyValue('--shiki-dark').trim(),
    }));
    const probe = await v.page.evaluate((c) => {
      const d = document.createElement('div');
      d.style.color = c;
      document.body.append(d);
      const out = getComputedStyle(d).color;
      d.remove();
      return out;
    }, dark);
    expect(color).toBe(probe);
    await v.close();
  });

  // Colour tokens are light-dark() pairs; "Download SVG" copies their computed values
  // into the file, so they must compute to plain colours (registered as <color>).
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`colour tokens compute to plain colours that follow the ${colorScheme} theme`, async () => {
      const path = chapterPaths()[0];
      if (!path) return;
      const v = await tab.open(path, { colorScheme });
      const tokens = await v.page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('.widget') ?? document.body);
        return Object.fromEntries(
          [
            '--bg',
            '--fg',
            '--accent',
            '--widget-bg',
            '--widget-fg',
            '--widget-grid',
            '--widget-c1',
            '--widget-accent',
          ].map((n) => [n, s.getPropertyValue(n).trim()]),
        );
      });
      for (const [name, value] of Object.entries(tokens)) expect.soft(value, name).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
      expect(tokens['--bg']).toBe(colorScheme === 'dark' ? 'rgb(19, 22, 27)' : 'rgb(251, 251, 249)');
      expect(tokens['--widget-grid']).toBe(colorScheme === 'dark' ? 'rgb(48, 54, 61)' : 'rgb(208, 215, 222)');
      await v.close();
    });
  }
});
