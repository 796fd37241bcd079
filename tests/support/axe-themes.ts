/**
 * axe-core in both themes on a page as it is (every widget hydrated, a menu open…): every WCAG
 * 2.1 A/AA rule in the light theme, then the colour rules in the dark one, after checking that
 * the switch changed nothing but colours. The site follows prefers-color-scheme live and every
 * colour is a CSS custom property, so one load serves both themes. Used by the per-page checks
 * of widgets/kit.ts (pages with widgets) and site/a11y.test.ts (the others).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './site';

/** Switch the page's system theme and wait until the site follows it and has repainted. */
export async function showTheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, colorScheme);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The axe rules whose answer depends on colours: the only ones a theme can change, since
 * switching it changes no element, text or attribute the other rules read (checked below).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The body's markup, but for the theme toggle's pressed state (which follows the theme). */
function markup(page: Page): Promise<string> {
  return page.evaluate(() => document.body.outerHTML.replace(/ aria-pressed="(true|false)"/, ''));
}

/** axe's violations in the light theme, then in the dark one; the page is left in the light theme. */
export async function bothThemes(page: Page, include?: string): Promise<Record<'light' | 'dark', string[]>> {
  await showTheme(page, 'light');
  const light = await axeViolations(page, include);
  const before = await markup(page);
  await showTheme(page, 'dark');
  expect(await markup(page), 'the dark theme changes only colours').toBe(before);
  const dark = await axeViolations(page, include, COLOUR_RULES);
  await showTheme(page, 'light');
  return { light, dark };
}
