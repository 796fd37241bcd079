// @vitest-environment jsdom
// The kit's controls and URL-state hook, rendered with Preact into jsdom.
import { h, render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePreactHost } from '../../../support/preact-host';
import { KitContext } from '~/widgets/kit/context';
import { NumberField } from '~/widgets/kit/controls/NumberField';
import { Player } from '~/widgets/kit/controls/Player';
import { Select } from '~/widgets/kit/controls/Select';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { useUrlState, type UrlState } from '~/widgets/kit/useUrlState';
import { num, schema } from '~/widgets/kit/urlState';

const xField = num({ default: 2, min: -4, max: 4, digits: 2, step: 0.1 });
const unitField = num({ default: 0, min: 0, max: 1, digits: 2 });

const host = usePreactHost();
afterEach(() => {
  vi.useRealTimers();
});

const ctx = { id: 't', hydrated: true, setBusy: () => {}, reportError: () => {} };
function mount(node: ComponentChildren): void {
  act(() => {
    render(h(KitContext.Provider, { value: ctx }, node), host());
  });
}
const $ = <E extends Element>(sel: string): E => host().querySelector<E>(sel)!;

function type(input: HTMLInputElement, text: string, key = 'Enter'): void {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('Slider', () => {
  it('is labelled, and the range input changes the value', () => {
    const onChange = vi.fn();
    mount(h(Slider, { label: 'x', field: xField, value: 2, onChange }));
    const range = $<HTMLInputElement>('input[type="range"]');
    expect($<HTMLLabelElement>('label').htmlFor).toBe(range.id);
    expect(range.getAttribute('aria-valuetext')).toBe('2.00');
    act(() => {
      range.value = '1.5';
      range.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith(1.5);
  });

  it('applies typed numbers, clamps with a note, explains invalid text without applying it', () => {
    const onChange = vi.fn();
    mount(h(Slider, { label: 'x', field: xField, value: 2, onChange }));
    const field = $<HTMLInputElement>('input.kit-number');
    expect(field.getAttribute('aria-label')).toBe('x, exact value');
    type(field, '\u22121,5');
    expect(onChange).toHaveBeenLastCalledWith(-1.5);
    type(field, '99');
    expect(onChange).toHaveBeenLastCalledWith(4);
    expect($('.kit-field-note').textContent).toMatch(/maximum/);
    onChange.mockClear();
    type(field, '<b>x</b>');
    expect(onChange).not.toHaveBeenCalled();
    expect($('.kit-field-note').textContent).toMatch(/not a number/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(host().querySelector('b')).toBeNull();
    type(field, '1e999');
    expect(onChange).not.toHaveBeenCalled();
    expect($('.kit-field-note').textContent).toMatch(/too large/);
  });

  it('moving the range drops a note left by the number field', () => {
    mount(h(Slider, { label: 'x', field: xField, value: 2, onChange: () => {} }));
    type($<HTMLInputElement>('input.kit-number'), 'nope');
    expect(host().querySelector('.kit-field-note')).not.toBeNull();
    const range = $<HTMLInputElement>('input[type="range"]');
    act(() => {
      range.value = '1';
      range.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(host().querySelector('.kit-field-note')).toBeNull();
  });

  it('moves in log10 space on a log scale', () => {
    const onChange = vi.fn();
    mount(
      h(Slider, {
        label: 'η',
        field: num({ default: 0.01, min: 1e-4, max: 1, precision: 3, scale: 'log', shown: 4 }),
        value: 0.01,
        onChange,
      }),
    );
    const range = $<HTMLInputElement>('input[type="range"]');
    expect(Number(range.min)).toBe(-4);
    expect(Number(range.value)).toBeCloseTo(-2);
    act(() => {
      range.value = '-3';
      range.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange.mock.calls[0]![0]).toBeCloseTo(0.001);
  });

  it('is disabled until the widget is hydrated', () => {
    act(() => {
      render(
        h(
          KitContext.Provider,
          { value: { ...ctx, hydrated: false } },
          h(Slider, { label: 'x', field: unitField, value: 0, onChange: () => {} }),
        ),
        host(),
      );
    });
    expect($<HTMLInputElement>('input[type="range"]').disabled).toBe(true);
  });
});

describe('NumberField', () => {
  const props = { id: 'f', shown: '0.50', field: unitField, stays: 'It stays 0.50.' };

  it('Escape drops the draft and the note; a new resetKey does too', () => {
    const onCommit = vi.fn();
    mount(h(NumberField, { ...props, onCommit, resetKey: 0 }));
    const field = $<HTMLInputElement>('#f');
    type(field, 'abc');
    expect($('#f-n').textContent).toBe('“abc” is not a number. It stays 0.50.');
    expect(field.getAttribute('aria-describedby')).toBe('f-n');
    type(field, '0.3', 'Escape');
    expect(field.value).toBe('0.50');
    expect(host().querySelector('#f-n')).toBeNull();
    expect(onCommit).not.toHaveBeenCalled();
    type(field, 'abc');
    expect(host().querySelector('#f-n')).not.toBeNull();
    mount(h(NumberField, { ...props, onCommit, resetKey: 1 }));
    expect(host().querySelector('#f-n')).toBeNull();
    expect($<HTMLInputElement>('#f').value).toBe('0.50');
  });

  it('applies on blur, and keeps a clamping note that is not an error', () => {
    const onCommit = vi.fn();
    mount(h(NumberField, { ...props, onCommit, noteClass: 'my-note' }));
    const field = $<HTMLInputElement>('#f');
    field.focus();
    act(() => {
      field.value = '7';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Focus leaving as in a browser (blur, then focusout): with preact/compat loaded (the kit's
    // DataTable, so on every widget page, and in this worker when a file before this one loaded
    // it), onBlur listens for focusout; a lone synthetic 'blur' event then never reached it.
    act(() => {
      field.blur();
    });
    expect(onCommit).toHaveBeenCalledWith(1);
    expect($('#f-n').className).toBe('my-note');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('Toggle and Select', () => {
  it('toggle is a labelled switch', () => {
    const onChange = vi.fn();
    mount(h(Toggle, { label: 'Show tangent', checked: true, onChange }));
    const box = $<HTMLInputElement>('input');
    expect(box.getAttribute('role')).toBe('switch');
    expect($('label').textContent).toBe('Show tangent');
    act(() => box.click());
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('select only reports known options', () => {
    const onChange = vi.fn();
    mount(
      h(Select, {
        label: 'Surface',
        value: 'a',
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
        onChange,
      }),
    );
    const sel = $<HTMLSelectElement>('select');
    expect($<HTMLLabelElement>('label').htmlFor).toBe(sel.id);
    act(() => {
      sel.value = 'b';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith('b');
  });
});

describe('Player', () => {
  it('steps, scrubs, and never autoplays', () => {
    const onSeek = vi.fn();
    mount(h(Player, { label: 'Descent', at: 3, count: 10, onSeek }));
    expect(onSeek).not.toHaveBeenCalled();
    act(() => $<HTMLButtonElement>('button[aria-label="Step forward"]').click());
    expect(onSeek).toHaveBeenLastCalledWith(4);
    act(() => $<HTMLButtonElement>('button[aria-label="Step back"]').click());
    expect(onSeek).toHaveBeenLastCalledWith(2);
    const scrub = $<HTMLInputElement>('input[type="range"]');
    expect(scrub.getAttribute('aria-valuetext')).toBe('step 3 of 9');
    expect($('.kit-player').getAttribute('role')).toBe('group');
  });

  it('with reduced motion, Play jumps to the last position', () => {
    const mm = vi.fn().mockReturnValue({ matches: true, addEventListener() {}, removeEventListener() {} });
    vi.stubGlobal('matchMedia', mm);
    const onSeek = vi.fn();
    mount(h(Player, { label: 'Descent', at: 0, count: 10, onSeek }));
    act(() => $<HTMLButtonElement>('button.kit-play').click());
    expect(onSeek).toHaveBeenLastCalledWith(9);
    vi.unstubAllGlobals();
  });
});

describe('useUrlState', () => {
  const sch = schema({
    w: num({ default: 0.5, min: -1, max: 3, digits: 2 }),
    x: num({ default: 2, min: -4, max: 4, digits: 2 }),
  });
  let api: UrlState<typeof sch.defaults>;
  function Probe(): null {
    api = useUrlState('t', sch);
    return null;
  }

  it('reads the URL after mounting, writes it debounced, keeps other parameters, resets', async () => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/page/?other=1&t=w:1.5#here');
    mount(h(Probe, {}));
    expect(api.state).toEqual({ w: 1.5, x: 2 });
    expect(api.notes).toEqual([]);
    act(() => api.set({ x: 3.333 }));
    expect(api.state.x).toBe(3.33);
    expect(location.search).toBe('?other=1&t=w:1.5');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(location.search).toBe('?other=1&t=w:1.5,x:3.33');
    expect(location.hash).toBe('#here');
    expect(api.link()).toBe(`${location.origin}/page/?t=w:1.5,x:3.33#t`);
    act(() => api.reset());
    expect(api.state).toEqual(sch.defaults);
    expect(location.search).toBe('?other=1');
  });

  it('turns a hostile URL into defaults with notes', () => {
    history.replaceState(null, '', '/page/?t=w:%3Cscript%3E,zz:1');
    mount(h(Probe, {}));
    expect(api.state).toEqual(sch.defaults);
    expect(api.notes).toHaveLength(2);
    act(() => api.dismissNotes());
    expect(api.notes).toEqual([]);
  });
});
