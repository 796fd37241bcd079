// learning-rate-comparison specifics: the three default rates are labelled converges /
// oscillates / diverges; an instructor's link with η = 0.0065 opens on "diverges"; predict,
// then run tells the learner whether they were right; the η list is validated; a divergent
// path stops at the edge of the map, and nothing non-finite is drawn.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'learning-rate-comparison';
const PATH = 'chapters/learning-rate/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);

const ready = (page: Page): Promise<void> => widgetReady(page, ID);

const labels = (page: Page): Promise<string[]> => page.locator(`#${ID} .lrc-map-head [data-verdict]`).allInnerTexts();
const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();

describe('learning-rate-comparison', () => {
  it('labels the default rates 0.002, 0.0055, 0.0065 converges, oscillates, diverges (static and live)', async () => {
    const s = await noScript.open(PATH);
    expect(await labels(s.page)).toEqual(['converges', 'oscillates', 'diverges']);
    expect(await s.page.locator(`#${ID} .lrc-map-head`).allInnerTexts()).toEqual([
      expect.stringContaining('η = 0.002'),
      expect.stringContaining('η = 0.0055'),
      expect.stringContaining('η = 0.0065'),
    ]);
    await s.close();
    const v = await tab.open(PATH);
    await ready(v.page);
    expect(await labels(v.page)).toEqual(['converges', 'oscillates', 'diverges']);
    expect(await summary(v.page)).toContain('Critical η = 2/λ_max = 0.006401, best fixed step 0.006291');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('an instructor’s link with η = 0.0065 opens on that rate alone, labelled “diverges”', async () => {
    const v = await tab.open(`${PATH}?${ID}=etas:0.0065,eta:0.0065#${ID}`);
    await ready(v.page);
    await expect.poll(() => labels(v.page)).toEqual(['diverges']);
    expect(await v.page.locator(`#${ID} .lrc-zone-read`).innerText()).toContain('η = 0.0065 lies in the diverges zone');
    expect(await summary(v.page)).toMatch(
      /^1 run from \(−8, −2\), 100 steps: η = 0\.0065 diverges \(leaves the map at step \d+\)/,
    );
    // the divergent path is cut at the map's edge and marked there
    expect(await v.page.locator(`#${ID} [data-kit-figure="map-0"]`).innerText()).toMatch(/step \d+/);
    expect(await v.page.locator(`#${ID} .lrc-map-note`).innerText()).toMatch(/^leaves the map at step \d+$/);
    await v.close();
  });

  it('predict, then run: a right prediction is confirmed with the reason, and the run joins the maps', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:0.004#${ID}`);
    await ready(v.page);
    await v.page.locator(`#${ID}`).getByRole('radio', { name: 'oscillates', exact: true }).check();
    await v.page.locator(`#${ID} [data-action="run"]`).click();
    const verdict = v.page.locator(`#${ID} .lrc-verdict`);
    await expect.poll(() => verdict.innerText()).toMatch(/^Right: η = 0\.004 oscillates\. .*2\/λ_max = 0\.00640/);
    await expect.poll(() => labels(v.page)).toEqual(['converges', 'oscillates', 'diverges', 'oscillates']);
    await v.close();
  });

  it('predict, then run: a wrong prediction is corrected', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:0.01#${ID}`);
    await ready(v.page);
    await v.page.locator(`#${ID}`).getByRole('radio', { name: 'converges', exact: true }).check();
    await v.page.locator(`#${ID} [data-action="run"]`).click();
    await expect
      .poll(() => v.page.locator(`#${ID} .lrc-verdict`).innerText())
      .toMatch(/^Not quite: you predicted “converges”, but η = 0\.01 diverges\./);
    await v.close();
  });

  it('an η typed into the list is validated: text is refused, too large is clamped', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const field = v.page.locator(`#${ID} .lrc-runs input`).first();
    await field.fill('abc');
    await field.press('Enter');
    await expect.poll(() => v.page.locator(`#${ID} .lrc-runs li`).first().innerText()).toContain('is not a number');
    expect(await labels(v.page)).toEqual(['converges', 'oscillates', 'diverges']);
    await field.fill('5');
    await field.press('Enter');
    await expect.poll(() => labels(v.page)).toEqual(['diverges', 'oscillates', 'diverges']);
    await v.close();
  });

  it('removing a run updates the maps and the loss chart', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.getByRole('button', { name: 'Remove η = 0.0065' }).click();
    await expect.poll(() => labels(v.page)).toEqual(['converges', 'oscillates']);
    await v.close();
  });

  it('hostile list values fall back with a note and draw nothing non-finite', async () => {
    const v = await tab.open(`${PATH}?${ID}=etas:1e309_NaN_${encodeURIComponent('<b>x</b>')},steps:1e9#${ID}`);
    await ready(v.page);
    expect(await v.page.locator(`#${ID} [data-kit="notes"]`).count()).toBe(1);
    const bad = await v.page.$$eval(
      `#${ID} svg`,
      (svgs) => svgs.filter((s) => /NaN|Infinity/.test(s.outerHTML)).length,
    );
    expect(bad).toBe(0);
    expect(await v.page.locator(`#${ID} b`).count()).toBe(0);
    await v.close();
  });

  it('with backtracking line search switched on, η = 0.0065 no longer diverges (chapter 6’s task)', async () => {
    const v = await tab.open(`${PATH}?${ID}=etas:0.0065,eta:0.0065,armijo:1#${ID}`);
    await ready(v.page);
    await expect.poll(() => labels(v.page)).toEqual(['oscillates']);
    expect(await summary(v.page)).toMatch(
      /^1 run from \(−8, −2\), 100 steps of backtracking line search starting at each η: η = 0\.0065 oscillates \(loss 13\.2\d* after 100 steps\)/,
    );
    await v.close();
  });
});
