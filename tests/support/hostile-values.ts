/**
 * The hostile URL values of the widget kit's contract (docs/widget-kit.md), shared by the
 * browser test that aims them at every widget of the built site (tests/e2e/widgets/kit-hostile.ts)
 * and the unit test that shows why three loads per widget stand for all of them
 * (tests/unit/widgets/url-hostile.test.ts).
 */

/** Values with no `key:` at all: the kit ignores each with the same note. */
export const KEYLESS = ['<script>alert(1)</script>', '1e309', 'NaN', '-0'] as const;

/** A value far over the kit's length limit: ignored whole, with a note. */
export const TOO_LONG = 'x'.repeat(10_240);

/** Keys no widget has, one with markup for a value. */
export const UNKNOWN_KEYS = 'zz:1,yy:<img src=x onerror=alert(1)>';

/** Bad values aimed at a widget's own settings, in turn. */
export const BAD_VALUES = ['1e309', 'NaN', '<script>alert(1)</script>'] as const;

/** Every key of the widget at -0 (a valid number: 0). */
export function minusZero(keys: readonly string[]): string {
  return keys.map((k) => `${k}:-0`).join(',');
}

/** Every key of the widget at one of BAD_VALUES in turn. */
export function badValues(keys: readonly string[]): string {
  return keys.map((k, i) => `${k}:${BAD_VALUES[i % BAD_VALUES.length]}`).join(',');
}

/**
 * The values one widget gets, a page load each: the kit reads a parameter part by part,
 * so the keyless value with markup rides with the -0 values, and the unknown keys with the
 * bad ones; the too-long value goes alone.
 */
export function hostileLoads(keys: readonly string[]): string[] {
  const join = (...parts: string[]): string => parts.filter(Boolean).join(',');
  return [join(KEYLESS[0], minusZero(keys)), TOO_LONG, join(badValues(keys), UNKNOWN_KEYS)];
}

const stateModules = import.meta.glob<{ WIDGET_ID: string; stateSchema: { fields: Record<string, unknown> } }>(
  '../../src/widgets/*/state.ts',
  { eager: true },
);

/** The URL keys of widget `id`: its state schema's fields. */
export function keysOfWidget(id: string): string[] {
  const m = Object.values(stateModules).find((s) => s.WIDGET_ID === id);
  if (!m) throw new Error(`No state schema for widget "${id}" under src/widgets/*/state.ts`);
  return Object.keys(m.stateSchema.fields);
}
