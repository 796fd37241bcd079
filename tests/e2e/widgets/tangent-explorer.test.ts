// tangent-explorer specifics: at the default x = −2 the tangent's slope is −16 (also without
// JavaScript); h = 1 gives the secant slope −13 (error 3 = 3h); smaller h closes in, tiny h
// shows rounding error; keys and the URL move x. (Generic behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'tangent-explorer';
const PATH = 'chapters/derivatives-and-gradients/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const M = '\u2212';

const ready = (page: Page): Promise<void> => widgetReady(page, ID);

const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();
const readout = (page: Page, k: string): Promise<string> => page.locator(`#${ID} [data-te="${k}"]`).innerText();

describe('tangent-explorer', () => {
  it('at x = −2 says slope −16, and the h = 1 secant has slope −13 (error 3)', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    expect(await summary(v.page)).toBe(
      `x = ${M}2.00: f(x) = 25.00, tangent slope f′(x) = ${M}16.00 (f falls as x grows). Secant with h = 1: (f(x + h) − f(x))/h = ${M}13.000000, error 3.00.`,
    );
    expect(await readout(v.page, 'slope')).toBe(`${M}16.00`);
    expect(await readout(v.page, 'quotient')).toBe(`${M}13.000000`);
    expect(await v.page.locator(`#${ID} [data-kit-figure="curve"] svg`).last().textContent()).toContain(
      `slope ${M}16.00`,
    );
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('shows the tangent at x = −2 with slope −16 without JavaScript', async () => {
    const v = await noScript.open(PATH);
    const root = v.page.locator(`#${ID}`);
    expect(await root.locator('.kit-figure svg').count()).toBeGreaterThanOrEqual(4);
    expect(await root.locator('[data-kit-figure="curve"]').innerHTML()).toContain(`slope ${M}16.00`);
    expect(await readout(v.page, 'slope')).toBe(`${M}16.00`);
    await v.close();
  });

  it('typing log₁₀ h = −3 gives the quotient −15.997 and error 3e−3', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const field = v.page.getByLabel('log₁₀ h, exact value');
    await field.fill('-3');
    await field.press('Enter');
    await expect.poll(() => readout(v.page, 'quotient')).toBe(`${M}15.997000`);
    expect(await readout(v.page, 'error')).toBe(`3.00e${M}3`);
    expect(await summary(v.page)).toContain('Secant with h = 10⁻³');
    await v.close();
  });

  it('a tiny h from the URL shows rounding error taking over', async () => {
    const v = await tab.open(`${PATH}?${ID}=h:1e-12#${ID}`);
    await ready(v.page);
    const s = await summary(v.page);
    expect(s).toContain('Secant with h = 10⁻¹²');
    expect(s).toContain('rounding error');
    expect(s).not.toMatch(/NaN|Infinity/);
    await v.close();
  });

  it('keys move x: End to 4 (slope 20), Home to −4 (slope −28), arrows by 0.1', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const fig = v.page.locator(`#${ID} [data-kit-figure="curve"]`);
    await fig.focus();
    await v.page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(v.page, 'slope')).toBe(`${M}15.40`);
    await v.page.keyboard.press('End');
    await expect
      .poll(() => summary(v.page))
      .toMatch(/^x = 4\.00: f\(x\) = 37\.00, tangent slope f′\(x\) = 20\.00 \(f rises as x grows\)/);
    await v.page.keyboard.press('Home');
    await expect.poll(() => readout(v.page, 'slope')).toBe(`${M}28.00`);
    expect(await fig.getAttribute('aria-valuetext')).toBe(`x = ${M}4.00, slope ${M}28.00`);
    await v.close();
  });

  it('near the minimum the tangent is flat', async () => {
    const v = await tab.open(`${PATH}?${ID}=x:0.67#${ID}`);
    await ready(v.page);
    expect(await readout(v.page, 'slope')).toBe('0.02');
    await v.close();
  });
});
