// Calibration, not a widget: the same page, harness and input as the widget entries, but
// all a "figure" does per input is put one 3-element SVG in place in the next animation
// frame. What it measures is the browser's share of every row: input routing, the wait
// for the next frame, style/layout/paint of a near-empty change. No widget can go below it.
import { dragAcross, focusSettled, pressKeys, repeat, thereAndBack } from '../drive.mjs';

export default {
  id: 'loss-and-gradient-1d', // hosted in this widget's section, so the harness sees its inputs
  name: 'browser floor',
  page: 'chapters/loss-functions/',
  async setup(page, widget) {
    await widget.evaluate((root) => {
      const fig = document.createElement('div');
      fig.className = 'kit-figure';
      fig.id = 'bench-floor';
      fig.tabIndex = 0;
      fig.style.cssText = 'height: 240px; touch-action: none';
      root.prepend(fig);
      let x = 0;
      let queued = false;
      const redraw = () => {
        queued = false;
        const ns = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(ns, 'svg');
        svg.setAttribute('viewBox', '0 0 100 100');
        svg.setAttribute('height', '240');
        const c = document.createElementNS(ns, 'circle');
        c.setAttribute('cx', String(x % 100));
        c.setAttribute('cy', '50');
        c.setAttribute('r', '4');
        svg.append(c);
        fig.replaceChildren(svg);
      };
      const schedule = () => {
        if (!queued) requestAnimationFrame(redraw);
        queued = true;
      };
      fig.addEventListener('pointermove', (e) => {
        if (e.buttons === 0) return;
        x = e.offsetX;
        schedule();
      });
      fig.addEventListener('keydown', () => {
        x += 3;
        schedule();
      });
    });
  },
  scenarios: {
    async 'pointer drag'(page, widget) {
      await dragAcross(page, widget.locator('#bench-floor'), 120, (t, box) => [
        box.x + 20 + (box.width - 40) * thereAndBack(t),
        box.y + box.height / 2,
      ]);
    },
    async 'key presses'(page, widget) {
      await focusSettled(page, widget.locator('#bench-floor'));
      await pressKeys(page, repeat('ArrowRight', 60));
    },
  },
};
