// Why the browser's hostile-URL test (tests/e2e/widgets/kit-hostile.ts) needs only three loads
// per widget for its eight hostile values: for every widget's schema, each value the loads
// combine gives, alone, what its share of the combined value gives — the same state for the
// keys it names and its notes — and the keyless values all read alike (ignored, one note).
import { describe, expect, it } from 'vitest';
import { WIDGETS } from './widgets';
import {
  BAD_VALUES,
  KEYLESS,
  TOO_LONG,
  UNKNOWN_KEYS,
  badValues,
  hostileLoads,
  keysOfWidget,
  minusZero,
} from '../../support/hostile-values';

type AnyState = Record<string, unknown>;

for (const w of WIDGETS) {
  const keys = Object.keys(w.schema.fields);
  const parse = (raw: string): { state: AnyState; notes: string[] } => w.schema.parse(raw);
  const field = (k: string): { equals(a: unknown, b: unknown): boolean } =>
    w.schema.fields[k] as unknown as { equals(a: unknown, b: unknown): boolean };

  describe(`hostile URL values of ${w.id}`, () => {
    it('the e2e test finds the same keys in the source', () => {
      expect(keysOfWidget(w.id)).toEqual(keys);
    });

    it('each keyless value alone gives the defaults and one note saying it was ignored', () => {
      for (const v of KEYLESS) {
        const r = parse(v);
        expect(w.schema.equals(r.state as never, w.schema.defaults), v).toBe(true);
        expect(r.notes, v).toHaveLength(1);
        expect(r.notes[0], v).toMatch(/^Ignored “[^<>]*”: not a setting of this figure\.$/);
      }
    });

    it('the too-long value gives the defaults and a note', () => {
      const r = parse(TOO_LONG);
      expect(w.schema.equals(r.state as never, w.schema.defaults)).toBe(true);
      expect(r.notes).toEqual(['The settings in the link were too long and were ignored.']);
    });

    it('load 1 (keyless markup, every key at -0) is each key at -0 plus the keyless note', () => {
      const [load1] = hostileLoads(keys);
      const combined = parse(load1!);
      const alone = parse(minusZero(keys));
      expect(w.schema.equals(combined.state as never, alone.state as never)).toBe(true);
      expect(combined.notes.slice(0, 1)).toEqual(parse(KEYLESS[0]).notes);
      for (const k of keys) {
        expect(field(k).equals(parse(`${k}:-0`).state[k], combined.state[k]), k).toBe(true);
      }
      expect(combined.notes.length).toBeGreaterThan(0);
    });

    it('load 3 (every key at a bad value, unknown keys) is each key at its bad value plus the unknown-key notes', () => {
      const load3 = hostileLoads(keys)[2]!;
      const combined = parse(load3);
      expect(load3).toBe(`${badValues(keys)},${UNKNOWN_KEYS}`);
      keys.forEach((k, i) => {
        const alone = parse(`${k}:${BAD_VALUES[i % BAD_VALUES.length]}`);
        expect(field(k).equals(alone.state[k], combined.state[k]), k).toBe(true);
      });
      // The notes of the parts, in order; the kit shows four and counts the rest.
      const parts = [...keys.map((k, i) => `${k}:${BAD_VALUES[i % BAD_VALUES.length]}`), ...UNKNOWN_KEYS.split(',')];
      const each = parts.flatMap((p) => parse(p).notes);
      if (each.length <= 4) expect(combined.notes).toEqual(each);
      else {
        expect(combined.notes.slice(0, 3)).toEqual(each.slice(0, 3));
        expect(combined.notes[3]).toBe(`…and ${each.length - 3} more.`);
      }
      expect(combined.notes.length).toBeGreaterThan(0);
    });
  });
}
