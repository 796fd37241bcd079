// Every real widget's URL state under hostile input: parse never throws and always gives a
// valid state (each value one its field would keep as it is), valid states round-trip
// exactly, and the widget's model, summary and table work for whatever the URL gave, with
// no NaN or Infinity in the text a student reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '~/widgets/kit/csv';
import { WIDGETS, type WidgetEntry } from './widgets';

type AnyState = Record<string, unknown>;

function isValid(w: WidgetEntry, st: AnyState): boolean {
  return Object.entries(w.schema.fields).every(([k, f]) => {
    const v = st[k];
    const SENTINEL = Symbol('invalid');
    const kept = f.coerce(v, SENTINEL as never);
    return (kept as unknown) !== SENTINEL && f.equals(kept, v);
  });
}

/** Hostile parameter values built from the schema's own keys. */
function hostile(w: WidgetEntry): fc.Arbitrary<string> {
  const keys = Object.keys(w.schema.fields);
  const key = fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor', ''), fc.string({ maxLength: 6 }));
  const value = fc.oneof(
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom(
      'NaN',
      '-0',
      '1e309',
      '-1e309',
      '1e-320',
      '0x1f',
      'true',
      'off',
      '_',
      '1_2_3_4_5_6_7',
      '<img src=x>',
      '%00',
      '\u0000',
      'round-bowl',
      'himmelblau',
    ),
    fc.string({ maxLength: 12 }),
  );
  return fc.oneof(
    fc
      .array(
        fc.tuple(key, value).map(([k, v]) => `${k}:${v}`),
        { maxLength: 10 },
      )
      .map((ps) => ps.join(',')),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );
}

for (const w of WIDGETS) {
  describe(`URL state of ${w.id}`, () => {
    it('defaults are valid and serialize to the empty string', () => {
      expect(isValid(w, w.schema.defaults)).toBe(true);
      expect(w.schema.serialize(w.schema.defaults)).toBe('');
    });

    it('fuzz: hostile values give a valid state that round-trips, with short inert notes', () => {
      fc.assert(
        fc.property(hostile(w), (raw) => {
          const r = w.schema.parse(raw);
          expect(isValid(w, r.state)).toBe(true);
          expect(r.notes.length).toBeLessThanOrEqual(4);
          for (const n of r.notes) expect(n).not.toMatch(/[<>]/);
          const again = w.schema.parse(w.schema.serialize(r.state));
          expect(again.notes).toEqual([]);
          expect(w.schema.equals(again.state, r.state)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });

    it.skipIf(!w.summary || !w.table)(
      'fuzz: model, summary and table work for any state a URL can give',
      () => {
        fc.assert(
          fc.property(hostile(w), (raw) => {
            const { state } = w.schema.parse(raw);
            const text = w.summary!(state);
            expect(text.length).toBeGreaterThan(0);
            expect(text).not.toMatch(/NaN|Infinity|undefined/);
            const t = w.table!(state);
            expect(t.rows.length).toBeGreaterThan(0);
            expect(toCsv(t)).not.toMatch(/NaN|Infinity|undefined/);
          }),
          { numRuns: 60 },
        );
        // A hostile state may ask multi-start for 128 × 128 starts of 5000 steps: seconds, not a hang.
      },
      120_000,
    );
  });
}
