/**
 * What a widget says when the core refuses its input. The core throws a
 * CoreError with a message a student understands; the widget shows it (in
 * `[data-kit="problem"]`) and keeps the figure of the last state that worked.
 */
import { CoreError } from '~/core/errors';

/** The sentence shown for an error thrown while computing or drawing a figure (pure). */
export function problemText(error: unknown): string {
  if (error instanceof CoreError)
    return `This setting cannot be computed: ${error.message}. The figure shows the last setting that worked.`;
  return 'Something went wrong drawing this figure; it shows the last setting that worked.';
}
