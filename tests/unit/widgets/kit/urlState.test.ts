import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bool, choice, int, list, MAX_PARAM_LENGTH, num, schema, snippet, text } from '~/widgets/kit/urlState';

const s = schema({
  w: num({ default: 0.5, min: -1, max: 3, digits: 2 }),
  eta: num({ default: 0.002, min: 1e-6, max: 1, precision: 3 }),
  steps: int({ default: 15, min: 1, max: 200 }),
  tangent: bool({ default: true }),
  surface: choice({ default: 'bowl', options: ['bowl', 'valley', 'saddle'] as const }),
  etas: list(num({ default: 0.002, min: 1e-6, max: 1, precision: 3 }), { default: [0.002, 0.0055], maxLength: 4 }),
});
type S = typeof s.defaults;

/** Valid states: every value already on its grid (digits / precision). */
const validState: fc.Arbitrary<S> = fc.record({
  w: fc.integer({ min: -100, max: 300 }).map((k) => k / 100),
  eta: fc
    .double({ min: 1e-6, max: 1, noNaN: true })
    .map((x) => Number(x.toPrecision(3)))
    .filter((x) => x >= 1e-6 && x <= 1),
  steps: fc.integer({ min: 1, max: 200 }),
  tangent: fc.boolean(),
  surface: fc.constantFrom('bowl' as const, 'valley' as const, 'saddle' as const),
  etas: fc.array(
    fc
      .double({ min: 1e-6, max: 1, noNaN: true })
      .map((x) => Number(x.toPrecision(3)))
      .filter((x) => x >= 1e-6 && x <= 1),
    { minLength: 1, maxLength: 4 },
  ),
});

function isValid(st: S): boolean {
  return (
    Number.isFinite(st.w) &&
    st.w >= -1 &&
    st.w <= 3 &&
    !Object.is(st.w, -0) &&
    Number.isFinite(st.eta) &&
    st.eta >= 1e-6 &&
    st.eta <= 1 &&
    Number.isInteger(st.steps) &&
    st.steps >= 1 &&
    st.steps <= 200 &&
    typeof st.tangent === 'boolean' &&
    ['bowl', 'valley', 'saddle'].includes(st.surface) &&
    Array.isArray(st.etas) &&
    st.etas.length >= 1 &&
    st.etas.length <= 4 &&
    st.etas.every((e) => Number.isFinite(e) && e >= 1e-6 && e <= 1)
  );
}

describe('url state schema', () => {
  it('has defaults and serializes them to the empty string', () => {
    expect(s.defaults).toEqual({
      w: 0.5,
      eta: 0.002,
      steps: 15,
      tangent: true,
      surface: 'bowl',
      etas: [0.002, 0.0055],
    });
    expect(s.serialize(s.defaults)).toBe('');
    expect(s.parse('')).toEqual({ state: s.defaults, notes: [] });
    expect(s.parse(null)).toEqual({ state: s.defaults, notes: [] });
  });

  it('writes only non-default values, readable', () => {
    const st = { ...s.defaults, w: 1.2, tangent: false, surface: 'valley' as const, etas: [0.002, 0.0065] };
    expect(s.serialize(st)).toBe('w:1.2,tangent:0,surface:valley,etas:0.002_0.0065');
  });

  it('round-trips every valid state exactly', () => {
    fc.assert(
      fc.property(validState, (st) => {
        const r = s.parse(s.serialize(st));
        expect(r.notes).toEqual([]);
        expect(r.state).toEqual(st);
        expect(s.serialize(r.state)).toBe(s.serialize(st));
      }),
      { numRuns: 500 },
    );
  });

  it('clamps out-of-range numbers with a note', () => {
    const r = s.parse('w:7,steps:0');
    expect(r.state.w).toBe(3);
    expect(r.state.steps).toBe(1);
    expect(r.notes).toHaveLength(2);
    expect(r.notes[0]).toMatch(/outside/);
  });

  it('answers hostile values with defaults and notes, never markup', () => {
    const cases = [
      'w:<script>alert(1)</script>',
      'w:1e309',
      'w:NaN',
      'w:Infinity',
      'w:0x10',
      'w:',
      'w:1,w:2',
      'zzz:1',
      'tangent:maybe',
      'surface:__proto__',
      '__proto__:1',
      'constructor:1',
      ':',
      ',,,',
      'etas:a_b',
    ];
    for (const c of cases) {
      const r = s.parse(c);
      expect(isValid(r.state), c).toBe(true);
      for (const n of r.notes) expect(n).not.toMatch(/[<>]/);
    }
    expect(s.parse('w:1e309').state.w).toBe(0.5);
    expect(s.parse('w:NaN').notes[0]).toMatch(/not a number/);
    expect(s.parse('w:1,w:2').state.w).toBe(1);
    expect(Object.prototype.hasOwnProperty.call(s.parse('__proto__:1').state, '__proto__')).toBe(false);
  });

  it('clamps list items as the scalar field clamps them, with the same kind of note', () => {
    const widths = schema({ hidden: list(int({ default: 4, min: 2, max: 32 }), { default: [4, 4], maxLength: 2 }) });
    const scalar = schema({ hidden: int({ default: 4, min: 2, max: 32 }) }).parse('hidden:1000000000');
    const one = widths.parse('hidden:1000000000');
    expect(one.state.hidden).toEqual([scalar.state.hidden]);
    expect(one.state.hidden).toEqual([32]);
    expect(one.notes).toEqual(scalar.notes);
    expect(one.notes[0]).toMatch(/1000000000 is outside 2…32; using 32/);

    const two = widths.parse('hidden:1_1e9');
    expect(two.state.hidden).toEqual([2, 32]);
    expect(two.notes).toHaveLength(1);
    expect(two.notes[0]).toMatch(/item 1: 1 is outside 2…32; using 2\..*item 2: 1e9 is outside 2…32; using 32\./);

    const rounded = widths.parse('hidden:4.6');
    expect(rounded.state.hidden).toEqual([5]);
    expect(rounded.notes[0]).toMatch(/not a whole number; using 5/);

    expect(s.parse('etas:5_0.01').state.etas).toEqual([1, 0.01]);
  });

  it('keeps the first maxLength items of a longer list, clamped, with a note', () => {
    const widths = schema({ hidden: list(int({ default: 4, min: 2, max: 32 }), { default: [4, 4], maxLength: 2 }) });
    const r = widths.parse('hidden:100000_9999999_5');
    expect(r.state.hidden).toEqual([32, 32]);
    expect(r.notes.join(' ')).toMatch(/using 32/);
    expect(r.notes.join(' ')).toMatch(/only the first 2 kept/);
    expect(widths.parse('hidden:8_8_8').state.hidden).toEqual([8, 8]);
  });

  it('drops list items that are no value at all; the default only when none is left', () => {
    const r = s.parse('etas:a_0.01_1e309');
    expect(r.state.etas).toEqual([0.01]);
    expect(r.notes[0]).toMatch(/2 items dropped/);
    const none = s.parse('etas:a_b');
    expect(none.state.etas).toEqual([0.002, 0.0055]);
    expect(none.notes[0]).toMatch(/could not be used/);
  });

  it('normalises −0 to 0', () => {
    const r = s.parse('w:-0');
    expect(Object.is(r.state.w, 0)).toBe(true);
    expect(r.notes).toEqual([]);
  });

  it('ignores an over-long value with one note', () => {
    const r = s.parse(`w:${'9'.repeat(10_000)}`);
    expect(r.state).toEqual(s.defaults);
    expect(r.notes).toHaveLength(1);
    expect(s.parse('w:1,'.repeat(MAX_PARAM_LENGTH)).notes).toHaveLength(1);
  });

  it('keeps the notes short', () => {
    const r = s.parse('a:1,b:2,c:3,d:4,e:5,f:6');
    expect(r.notes.length).toBeLessThanOrEqual(4);
    expect(r.notes.at(-1)).toMatch(/more/);
  });

  it('fuzz: any string gives a valid state and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const r = s.parse(raw);
        expect(isValid(r.state)).toBe(true);
        expect(r.notes.length).toBeLessThanOrEqual(4);
        for (const n of r.notes) {
          expect(typeof n).toBe('string');
          expect(n).not.toMatch(/[<>]/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('fuzz: strings built from the grammar give a valid state', () => {
    const token = fc.oneof(
      fc.constantFrom('w', 'eta', 'steps', 'tangent', 'surface', 'etas', 'x', ''),
      fc.string({ maxLength: 5 }),
    );
    const value = fc.oneof(
      fc.double().map(String),
      fc.integer().map(String),
      fc.constantFrom(
        'NaN',
        '-0',
        '1e309',
        '-1e309',
        'true',
        'off',
        'bowl',
        '1_2_3',
        '0.1_x',
        '_',
        '<b>',
        '%00',
        '\u0000',
      ),
      fc.string({ maxLength: 12 }),
    );
    const pair = fc.tuple(token, value).map(([k, v]) => `${k}:${v}`);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const r = s.parse(pairs.join(','));
        expect(isValid(r.state)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('clamp() validates programmatic patches', () => {
    const st = s.clamp(
      { w: Number.NaN, steps: 3.7, eta: Infinity, tangent: 'yes' as never, surface: 'x' as never },
      s.defaults,
    );
    expect(st).toEqual({ ...s.defaults, steps: 4, eta: 1 });
    expect(s.clamp({ w: 2.345 }, s.defaults).w).toBe(2.35);
    expect(s.clamp({ w: -0.001 }, s.defaults).w).toBe(0);
    expect(Object.is(s.clamp({ w: -0.001 }, s.defaults).w, 0)).toBe(true);
    expect(s.clamp({ unknown: 1 } as never, s.defaults)).toEqual(s.defaults);
  });

  it('rejects bad definitions at definition time', () => {
    expect(() => choice({ default: 'a', options: ['a', 'b,c'] as const })).toThrow();
    expect(() => choice({ default: 'z' as 'a', options: ['a'] as const })).toThrow();
    expect(() => schema({ 'a:b': bool({ default: true }) })).toThrow();
  });

  it('snippet() makes URL text inert and short', () => {
    expect(snippet('<script>alert(1)</script>')).not.toMatch(/[<>]/);
    expect(snippet('x'.repeat(100)).length).toBeLessThanOrEqual(24);
    expect(snippet('\u202e\u0000ab')).toBe('??ab');
  });
});

describe('text field', () => {
  const s = schema({ f: text({ default: 'x^2', maxLength: 20 }), n: num({ default: 1, min: 0, max: 5 }) });

  it('round-trips any text, the separators included', () => {
    for (const v of ['max(x, y)', 'a:b,c_d%e', '100%', '(1 - x)^2', '']) {
      const state = { f: v, n: 2 };
      const raw = s.serialize(state);
      expect(s.parse(raw)).toEqual({ state, notes: [] });
      expect(raw.split(',').length).toBe(2); // the text adds no pair separator
    }
  });

  it('falls back to the default, with a note, for text over the limit', () => {
    const r = s.parse(`f:${'x'.repeat(21)}`);
    expect(r.state.f).toBe('x^2');
    expect(r.notes[0]).toMatch(/longer than 20 characters/);
    expect(s.clamp({ f: 'y'.repeat(30) }, s.defaults).f).toBe('x^2');
  });
});
