// The Quiz component on the built chapters: readable without JavaScript (questions, options,
// answers in <details>); after hydration, keyboard-only answering with explanations for every
// option, no navigation; 360 px without horizontal scroll; dark theme.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scrollIntoViewNow, useBrowser, usePage, waitForElement } from '../../support/site';

const PATHS = ['chapters/loss-functions/', 'chapters/derivatives-and-gradients/', 'chapters/loss-surface/'];
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);

async function hydrated(page: Page): Promise<void> {
  await scrollIntoViewNow(page, '.quiz');
  await waitForElement(page, '.quiz[data-hydrated="true"]');
}

describe('quiz', () => {
  it.each(PATHS)('%s has 3–5 questions, each with one answer, readable without JavaScript', async (path) => {
    const v = await noScript.open(path);
    const qs = v.page.locator('.quiz .quiz-q');
    const n = await qs.count();
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(5);
    for (let i = 0; i < n; i++) {
      const q = qs.nth(i);
      expect(await q.locator('legend').isVisible()).toBe(true);
      expect(await q.locator('input[type="radio"]').count()).toBeGreaterThanOrEqual(3);
      const details = q.locator('details.quiz-static-answer');
      await details.locator('summary').click();
      expect(await details.innerText()).toMatch(/Answer: [A-D]\./);
    }
    await v.close();
  });

  it('can be answered with the keyboard alone, explains every option, and does not navigate', async () => {
    const v = await tab.open(PATHS[0]!);
    await hydrated(v.page);
    const url = v.page.url();
    const q1 = v.page.locator('.quiz-q').first();
    await q1.locator('input[type="radio"]').first().focus();
    await v.page.keyboard.press('ArrowDown'); // selects option B (12)
    expect(await q1.locator('input[type="radio"]').nth(1).isChecked()).toBe(true);
    await v.page.keyboard.press('Tab');
    await v.page.keyboard.press('Enter');
    await expect
      .poll(() => q1.locator('.quiz-feedback').innerText())
      .toMatch(/^Not quite: you chose B; the answer is C\./);
    expect(await q1.locator('.quiz-why').count()).toBe(4);
    expect(await q1.locator('.quiz-opt--right').innerText()).toContain('−12');
    // Try again, pick the right one.
    await q1.getByRole('button', { name: 'Try again' }).click();
    await q1.locator('label', { hasText: '−12' }).click();
    await q1.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => q1.locator('.quiz-feedback').innerText()).toBe('Right: C is correct.');
    expect(await v.page.locator('.quiz-score').innerText()).toMatch(/^1 of 1 checked answers right/);
    expect(v.page.url()).toBe(url);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('asks for a choice before checking', async () => {
    const v = await tab.open(PATHS[1]!);
    await hydrated(v.page);
    const q = v.page.locator('.quiz-q').first();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => q.locator('.quiz-feedback').innerText()).toBe('Pick an option first.');
    await v.close();
  });

  it('fits 360 px in the dark theme', async () => {
    const v = await tab.open(PATHS[2]!, { viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
    await hydrated(v.page);
    const quiz = v.page.locator('.quiz').first();
    const box = (await quiz.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const colors = await quiz
      .locator('.quiz-q')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(colors).not.toBe('rgb(0, 0, 0)');
    await v.close();
  });
});
