/**
 * URL-state schemas: how a widget's state is written into, and read back
 * from, its query parameter. Pure; nothing here throws on untrusted input.
 *
 * Format: `key:value` pairs separated by commas; list items separated by `_`.
 * Only values that differ from the defaults are written.
 *
 *     export const stateSchema = schema({
 *       w: num({ default: 0.5, min: -1, max: 3, digits: 2 }),
 *       tangent: bool({ default: true }),
 *     });
 *     stateSchema.parse('w:1.2,tangent:0') // → { state: { w: 1.2, tangent: false }, notes: [] }
 */

/** One field of a state: its default, how to read it from and write it to text. */
export interface Field<T> {
  readonly default: T;
  /**
   * Reads untrusted text. Returns the value to use and, when the text was not usable as is, a note;
   * `adjusted` when that value is the text's own value made valid (clamped or rounded), not a fallback.
   */
  parse(raw: string, name: string): { value: T; note?: string; adjusted?: boolean };
  /** Text for the URL (never contains ',' or ':'). */
  serialize(value: T): string;
  /** Makes a programmatic value valid (clamped, rounded); `fallback` when it cannot. */
  coerce(value: unknown, fallback: T): T;
  equals(a: T, b: T): boolean;
}

// Field's members are methods, so Field<number> is assignable to Field<unknown>.
type AnyField = Field<unknown>;

/** The state type a schema describes. */
export type StateOf<S> = S extends Schema<infer F> ? { -readonly [K in keyof F]: FieldValue<F[K]> } : never;
export type FieldValue<F> = F extends Field<infer T> ? T : never;
type Values<F> = { -readonly [K in keyof F]: FieldValue<F[K]> };

export interface Schema<F extends Record<string, AnyField>> {
  readonly fields: F;
  readonly defaults: Values<F>;
  /** Untrusted text (the parameter's value, or null when absent) → a valid state plus notes. */
  parse(raw: string | null | undefined): { state: Values<F>; notes: string[] };
  /** The parameter's value; '' when every field has its default. */
  serialize(state: Values<F>): string;
  /** `state` with `patch` applied, every patched value coerced to be valid. */
  clamp(patch: Partial<Values<F>>, state: Values<F>): Values<F>;
  /** True when both states serialize the same. */
  equals(a: Values<F>, b: Values<F>): boolean;
}

/** Longest parameter value we look at; anything longer is ignored with a note. */
export const MAX_PARAM_LENGTH = 2000;
const MAX_NOTES = 4;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A short, inert rendering of untrusted text for a note: printable ASCII, no markup characters, ≤ 24 chars. */
export function snippet(raw: string): string {
  const clean = raw.replace(/[^\x20-\x7e]|[<>"'&`]/g, '?');
  return clean.length > 24 ? `${clean.slice(0, 23)}…` : clean;
}

function show(x: number): string {
  return String(x).replace('-', '\u2212');
}

function quantize(x: number, digits: number | undefined, precision: number | undefined): number {
  let v = x;
  if (precision !== undefined) v = Number(v.toPrecision(precision));
  else if (digits !== undefined) v = Math.round(v * 10 ** digits) / 10 ** digits;
  return Object.is(v, -0) ? 0 : v;
}

export interface NumOptions {
  default: number;
  min: number;
  max: number;
  /** Decimal places kept (default 3). */
  digits?: number;
  /** Significant digits kept instead of decimal places (for log-scale values such as η). */
  precision?: number;
  /** For a control: the step of a slider's range on a linear scale (default: continuous). */
  step?: number;
  /** For a control: 'log' moves a slider in log10 space (needs min > 0). */
  scale?: 'linear' | 'log';
  /** For a control: decimals its text field shows and reads out (default `digits`, or 3 with `precision`). */
  shown?: number;
}

/**
 * A number field. Besides parsing it carries what a control needs (bounds,
 * step, scale, decimals shown), so a Slider or NumberField declared from it
 * can never disagree with the URL clamping.
 */
export interface NumField extends Field<number> {
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly scale: 'linear' | 'log';
  readonly shown: number;
}

/** A finite number in [min, max], rounded to `digits` decimals (or `precision` significant digits). */
export function num(o: NumOptions): NumField {
  const digits = o.precision === undefined ? (o.digits ?? 3) : undefined;
  const fix = (x: number): number => quantize(Math.min(o.max, Math.max(o.min, x)), digits, o.precision);
  const def = fix(o.default);
  return {
    min: o.min,
    max: o.max,
    ...(o.step !== undefined ? { step: o.step } : {}),
    scale: o.scale ?? 'linear',
    shown: o.shown ?? digits ?? 3,
    default: def,
    parse(raw, name) {
      const t = raw.trim();
      if (t.length > 40 || !NUMBER.test(t)) {
        return { value: def, note: `${name}: “${snippet(raw)}” is not a number; using ${show(def)}.` };
      }
      const x = Number(t);
      if (!Number.isFinite(x)) {
        return { value: def, note: `${name}: “${snippet(raw)}” is too large; using ${show(def)}.` };
      }
      const v = fix(x);
      if (x < o.min || x > o.max) {
        return {
          value: v,
          note: `${name}: ${snippet(t)} is outside ${show(o.min)}…${show(o.max)}; using ${show(v)}.`,
          adjusted: true,
        };
      }
      return { value: v };
    },
    serialize: (v) => String(v),
    coerce: (v, fallback) =>
      typeof v === 'number' && !Number.isNaN(v)
        ? fix(Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, v)))
        : fallback,
    equals: (a, b) => a === b,
  };
}

/** An integer in [min, max] (a slider over it steps by 1). */
export function int(o: { default: number; min: number; max: number }): NumField {
  const base = num({ ...o, digits: 0, step: 1, shown: 0 });
  return {
    ...base,
    parse(raw, name) {
      const r = base.parse(raw, name);
      if (r.note === undefined && !/^[+-]?\d+$/.test(raw.trim())) {
        return {
          value: r.value,
          note: `${name}: ${snippet(raw)} is not a whole number; using ${show(r.value)}.`,
          adjusted: true,
        };
      }
      return r;
    },
  };
}

/** true / false, written as 1 / 0. */
export function bool(o: { default: boolean }): Field<boolean> {
  return {
    default: o.default,
    parse(raw, name) {
      const t = raw.trim().toLowerCase();
      if (t === '1' || t === 'true' || t === 'yes' || t === 'on') return { value: true };
      if (t === '0' || t === 'false' || t === 'no' || t === 'off') return { value: false };
      return { value: o.default, note: `${name}: “${snippet(raw)}” is not on/off; using ${o.default ? 'on' : 'off'}.` };
    },
    serialize: (v) => (v ? '1' : '0'),
    coerce: (v, fallback) => (typeof v === 'boolean' ? v : fallback),
    equals: (a, b) => a === b,
  };
}

/** One of a fixed set of ids (letters, digits, '-', '.'). */
export function choice<const O extends readonly string[]>(o: { default: O[number]; options: O }): Field<O[number]> {
  for (const opt of o.options) {
    if (!/^[\w.-]+$/.test(opt) || opt.includes('_'))
      throw new Error(`choice option "${opt}" must match [a-zA-Z0-9.-]+`);
  }
  if (!o.options.includes(o.default)) throw new Error(`choice default "${o.default}" is not an option`);
  const has = (v: unknown): v is O[number] => typeof v === 'string' && (o.options as readonly string[]).includes(v);
  return {
    default: o.default,
    parse(raw, name) {
      const t = raw.trim();
      return has(t)
        ? { value: t }
        : { value: o.default, note: `${name}: “${snippet(raw)}” is not one of the choices; using ${o.default}.` };
    },
    serialize: (v) => v,
    coerce: (v, fallback) => (has(v) ? v : fallback),
    equals: (a, b) => a === b,
  };
}

/**
 * Free text such as a formula, at most `maxLength` characters. '%', ',', ':' and '_' are
 * written as %25, %2C, %3A and %5F so the text cannot break the `key:value` scheme; any text
 * is accepted as is (the widget judges its content: it is untrusted like every URL value).
 */
export function text(o: { default: string; maxLength: number }): Field<string> {
  const encode = (v: string): string => v.replace(/[%,:_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const decode = (raw: string): string =>
    raw.replace(/%(25|2C|3A|5F)/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return {
    default: o.default,
    parse(raw, name) {
      const v = decode(raw);
      return v.length <= o.maxLength
        ? { value: v }
        : { value: o.default, note: `${name}: the text is longer than ${o.maxLength} characters; using the default.` };
    },
    serialize: encode,
    coerce: (v, fallback) => (typeof v === 'string' && v.length <= o.maxLength ? v : fallback),
    equals: (a, b) => a === b,
  };
}

/**
 * A list of values of one field type (items separated by `_`), between minLength and maxLength items.
 * An item is read as the scalar field reads it: out of range it is clamped (or rounded) with that
 * field's note; an item that is no value at all is dropped with a note; items past maxLength are
 * dropped with a note and the first ones kept. Only a list with fewer than minLength usable items
 * falls back to the default.
 */
export function list<T>(
  item: Field<T>,
  o: { default: readonly T[]; minLength?: number; maxLength: number },
): Field<T[]> {
  const minLength = o.minLength ?? 1;
  const def = o.default.map((v) => item.coerce(v, item.default));
  return {
    default: def,
    parse(raw, name) {
      const parts = raw.split('_');
      const read = parts.slice(0, o.maxLength);
      const values: T[] = [];
      const itemNotes: string[] = [];
      let bad = 0;
      read.forEach((p, i) => {
        const r = item.parse(p, read.length > 1 ? `${name} item ${i + 1}` : name);
        if (r.note === undefined) values.push(r.value);
        else if (r.adjusted === true) {
          values.push(r.value);
          itemNotes.push(r.note);
        } else bad++;
      });
      if (values.length < minLength) {
        return { value: [...def], note: `${name}: the list “${snippet(raw)}” could not be used; using the default.` };
      }
      const summary: string[] = [];
      if (bad > 0) summary.push(`${bad} item${bad > 1 ? 's' : ''} dropped`);
      if (parts.length > o.maxLength) summary.push(`only the first ${o.maxLength} kept`);
      const notes = summary.length > 0 ? [...itemNotes, `${name}: ${summary.join(', ')}.`] : itemNotes;
      return notes.length > 0 ? { value: values, note: notes.join(' ') } : { value: values };
    },
    serialize: (v) => v.map((x) => item.serialize(x)).join('_'),
    coerce(v, fallback) {
      if (!Array.isArray(v)) return fallback;
      const out = v.slice(0, o.maxLength).map((x) => item.coerce(x, item.default));
      return out.length >= minLength ? out : fallback;
    },
    equals: (a, b) => a.length === b.length && a.every((x, i) => item.equals(x, b[i] as T)),
  };
}

/** A widget's state schema from its fields (keys: letters, digits, '-'). */
export function schema<F extends Record<string, AnyField>>(fields: F): Schema<F> {
  const keys = Object.keys(fields) as Array<keyof F & string>;
  for (const k of keys) if (!/^[\w-]+$/.test(k)) throw new Error(`state key "${k}" must match [a-zA-Z0-9_-]+`);
  const defaults = {} as Values<F>;
  for (const k of keys) (defaults as Record<string, unknown>)[k] = fields[k]!.default;
  const fresh = (): Values<F> => {
    const s = {} as Values<F>;
    for (const k of keys) {
      const d = fields[k]!.default;
      (s as Record<string, unknown>)[k] = Array.isArray(d) ? [...d] : d;
    }
    return s;
  };
  const known = (k: string): k is keyof F & string => Object.prototype.hasOwnProperty.call(fields, k);

  return {
    fields,
    defaults: Object.freeze(fresh()) as Values<F>,
    parse(raw) {
      const state = fresh();
      const notes: string[] = [];
      if (typeof raw !== 'string' || raw === '') return { state, notes };
      if (raw.length > MAX_PARAM_LENGTH) {
        return { state, notes: ['The settings in the link were too long and were ignored.'] };
      }
      const seen = new Set<string>();
      const parts = raw.split(',');
      for (const part of parts.slice(0, 2 * keys.length + 8)) {
        if (part === '') continue;
        const at = part.indexOf(':');
        const key = at < 0 ? part : part.slice(0, at);
        if (at < 0 || !known(key)) {
          notes.push(`Ignored “${snippet(key)}”: not a setting of this figure.`);
          continue;
        }
        if (seen.has(key)) {
          notes.push(`${key} appears twice; the first is used.`);
          continue;
        }
        seen.add(key);
        const r = fields[key]!.parse(part.slice(at + 1), key);
        (state as Record<string, unknown>)[key] = r.value;
        if (r.note !== undefined) notes.push(r.note);
      }
      if (parts.length > 2 * keys.length + 8) notes.push('Some settings in the link were ignored.');
      return {
        state,
        notes:
          notes.length > MAX_NOTES
            ? [...notes.slice(0, MAX_NOTES - 1), `…and ${notes.length - MAX_NOTES + 1} more.`]
            : notes,
      };
    },
    serialize(state) {
      const out: string[] = [];
      for (const k of keys) {
        const f = fields[k]!;
        const v = f.coerce(state[k], f.default);
        if (!f.equals(v, f.default)) out.push(`${k}:${f.serialize(v)}`);
      }
      return out.join(',');
    },
    clamp(patch, state) {
      const next = { ...state };
      for (const k of Object.keys(patch)) {
        if (!known(k)) continue;
        const f = fields[k]!;
        (next as Record<string, unknown>)[k] = f.coerce((patch as Record<string, unknown>)[k], state[k]);
      }
      return next;
    },
    equals(a, b) {
      return keys.every((k) => fields[k]!.equals(a[k], b[k]));
    },
  };
}
