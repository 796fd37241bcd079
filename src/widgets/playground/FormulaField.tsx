/**
 * The text field for f(x, y). Every keystroke is parsed (a few microseconds); a formula that
 * reads is applied at once, one that does not is shown with its message and the characters at
 * fault marked, while the map keeps the last formula that worked.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseExpression, type ExpressionError } from '~/core/expr';
import { useHydrated } from '~/widgets/kit/context';

export interface FormulaFieldProps {
  /** The formula in the state (from the URL, a preset or the last good text). */
  readonly value: string;
  /** Why `value` itself does not parse (a URL's text), or null. */
  readonly valueError: ExpressionError | null;
  onApply(text: string): void;
}

/** The text with the faulty characters in a <mark>, for the line under the field. */
function marked(text: string, e: ExpressionError): JSX.Element {
  const a = Math.min(text.length, e.column - 1);
  const b = Math.min(text.length, a + e.length);
  const fault = text.slice(a, b);
  return (
    <code class="pg-echo" aria-hidden="true">
      {text.slice(0, a)}
      <mark>{fault === '' ? '\u00a0' : fault}</mark>
      {text.slice(b)}
    </code>
  );
}

export function FormulaField(p: FormulaFieldProps): JSX.Element {
  const hydrated = useHydrated();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ExpressionError | null>(null);
  // The text this field applied last: its own value coming back must not reset the draft, or a
  // character typed before that render's effect runs would be lost (fast typing on a busy page).
  const applied = useRef<string | null>(null);
  // A new value from elsewhere (preset, reset, URL) replaces the draft.
  useEffect(() => {
    if (p.value === applied.current) return;
    setDraft(null);
    setError(null);
  }, [p.value]);
  const shown = draft ?? p.value;
  const problem = draft === null ? p.valueError : error;

  const onInput = (e: JSX.TargetedEvent<HTMLInputElement>): void => {
    const t = e.currentTarget.value;
    setDraft(t);
    const r = parseExpression(t);
    if (r.ok) {
      setError(null);
      applied.current = t;
      p.onApply(t);
    } else setError(r.error);
  };

  return (
    <div class="pg-formula">
      <label for={`${id}-f`}>f(x, y) =</label>
      <input
        id={`${id}-f`}
        type="text"
        class="pg-formula-input"
        value={shown}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        maxLength={2000}
        disabled={!hydrated}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-msg`}
        onInput={onInput}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && draft !== null) {
            setDraft(null);
            setError(null);
          }
        }}
      />
      <div id={`${id}-msg`} class={`pg-formula-msg${problem ? ' kit-error' : ''}`} aria-live="polite">
        {problem ? (
          <>
            {marked(shown, problem)}
            <span>
              {problem.message}. The map shows the last formula that worked{draft === null ? ' (the default)' : ''}.
            </span>
          </>
        ) : (
          <span>
            Numbers, x, y, + − * / ^, brackets, pi, e and functions such as sin, exp, log, sqrt, abs, tanh, sigmoid,
            relu, min, max, pow.
          </span>
        )}
      </div>
    </div>
  );
}
