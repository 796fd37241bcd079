// @vitest-environment jsdom
// The formula field keeps every character typed: its own applied value coming back (a render
// later, in an effect) must not reset a draft typed since; a value from elsewhere (a preset,
// reset) still replaces the draft.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { usePreactHost } from '../../../support/preact-host';
import { FormulaField } from '~/widgets/playground/FormulaField';

let setValue: (v: string) => void = () => {};

function Demo(): preact.JSX.Element {
  const [value, set] = useState('x');
  setValue = set;
  return h(FormulaField, { value, valueError: null, onApply: set });
}

const field = (): HTMLInputElement => host().querySelector('input')!;
const type = (text: string): void => {
  field().value = text;
  field().dispatchEvent(new Event('input', { bubbles: true }));
};
/** Lets Preact render (a microtask) without running effects (after the next frame). */
const rendered = (): Promise<void> => Promise.resolve().then(() => undefined);
/** Lets effects run too. */
const settled = (): Promise<void> => new Promise((r) => setTimeout(r, 120));

const host = usePreactHost();

describe('FormulaField', () => {
  it('keeps a character typed before the effect of the previous apply ran', async () => {
    render(h(Demo, {}), host());
    await settled();
    type('x + y'); // reads: applied, the value changes
    await rendered();
    type('x + y^'); // does not read: only the draft
    await rendered();
    await settled();
    expect(field().value).toBe('x + y^');
    expect(host().querySelector('.kit-error')).not.toBeNull();
  });

  it('a value from elsewhere replaces the draft', async () => {
    render(h(Demo, {}), host());
    await settled();
    type('x + y^');
    await settled();
    setValue('sin(x)');
    await settled();
    expect(field().value).toBe('sin(x)');
    expect(host().querySelector('.kit-error')).toBeNull();
  });
});
