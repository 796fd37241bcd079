// neuron specifics: the formula with the current numbers, the 0.5 line, URL state.
// (Generic behaviour is in kit.ts.)
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'neuron';
const PATH = 'chapters/neurons-and-networks/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);

describe('neuron', () => {
  it('states the default neuron σ(x₁ − x₂) with 0.5 at the origin, also without JavaScript', async () => {
    const v = await noScript.open(PATH);
    const s = await v.page.locator(`#${ID} [data-kit="summary"]`).innerText();
    expect(s).toContain('a = σ(1.00·x₁ − 1.00·x₂ + 0.00)');
    expect(s).toContain('0.500 at the origin');
    await v.close();
  });

  it('the task answer w₁ = w₂ = 1, b = −1 from the URL: ReLU and sigmoid', async () => {
    const v = await tab.open(`${PATH}?${ID}=w1:1,w2:1,b:-1#${ID}`);
    await widgetReady(v.page, ID);
    const summary = v.page.locator(`#${ID} [data-kit="summary"]`);
    await expect.poll(() => summary.innerText()).toContain('σ(1.00·x₁ + 1.00·x₂ − 1.00)');
    await v.page.locator(`#${ID} [data-kit="table"] summary`).click();
    await expect.poll(() => v.page.locator(`#${ID} [data-kit="table"]`).innerText()).toContain('0.2689');
    await v.page.locator(`#${ID} select`).selectOption('relu');
    await expect.poll(() => summary.innerText()).toContain('ReLU(1.00·x₁ + 1.00·x₂ − 1.00)');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });
});
