import { fmt, parseLooseNumber } from './format';

/** What became of the text a student typed into a number field. */
export type ParsedInput =
  | { readonly ok: true; readonly value: number; readonly note?: string }
  | { readonly ok: false; readonly message: string };

/**
 * Typed text → a value in [min, max]. Invalid text is explained, not applied;
 * out-of-range values are clamped with a note.
 */
export function parseInput(text: string, min: number, max: number, digits = 2): ParsedInput {
  if (text.trim() === '') return { ok: false, message: 'Type a number.' };
  const x = parseLooseNumber(text);
  if (Number.isNaN(x)) return { ok: false, message: `“${text.trim().slice(0, 20)}” is not a number.` };
  if (!Number.isFinite(x)) return { ok: false, message: 'That number is too large.' };
  if (x < min) return { ok: true, value: min, note: `Clamped to the minimum, ${fmt(min, digits)}.` };
  if (x > max) return { ok: true, value: max, note: `Clamped to the maximum, ${fmt(max, digits)}.` };
  return { ok: true, value: Object.is(x, -0) ? 0 : x };
}
