// Pure helpers for the Quiz component: validation, grading, stable ids.
// No DOM, no Preact, so vitest can load them directly.

export interface QuizOption {
  /** What the student reads next to the radio button. Plain text (Unicode maths is fine). */
  text: string;
  /** Exactly one option per question is correct. */
  correct?: boolean;
  /** Why this option is right or wrong; shown after checking, and in the static answer. */
  why: string;
}

export interface QuizQuestion {
  prompt: string;
  options: QuizOption[];
}

export type Verdict = 'unanswered' | 'right' | 'wrong';

/** Problems with a question list, as readable messages (empty when all is well). */
export function quizProblems(questions: readonly QuizQuestion[]): string[] {
  const problems: string[] = [];
  if (!Array.isArray(questions) || questions.length === 0) return ['the quiz has no questions'];
  questions.forEach((q, i) => {
    const n = i + 1;
    if (!q || typeof q.prompt !== 'string' || q.prompt.trim() === '') problems.push(`question ${n} has no prompt`);
    const options: readonly QuizOption[] = q && Array.isArray(q.options) ? q.options : [];
    if (options.length < 2) problems.push(`question ${n} needs at least two options`);
    const right = options.filter((o: QuizOption) => o && o.correct === true).length;
    if (right !== 1) problems.push(`question ${n} must have exactly one correct option (has ${right})`);
    options.forEach((o: QuizOption, j: number) => {
      if (!o || typeof o.text !== 'string' || o.text.trim() === '')
        problems.push(`question ${n}, option ${j + 1} has no text`);
      if (!o || typeof o.why !== 'string' || o.why.trim() === '')
        problems.push(`question ${n}, option ${j + 1} has no explanation`);
    });
  });
  return problems;
}

/** Index of the correct option (−1 if the question is malformed). */
export function correctIndex(q: QuizQuestion): number {
  return q.options.findIndex((o) => o.correct === true);
}

/** Grade one selection. */
export function verdict(q: QuizQuestion, selected: number | null | undefined): Verdict {
  if (selected === null || selected === undefined || selected < 0 || selected >= q.options.length) return 'unanswered';
  return q.options[selected]?.correct === true ? 'right' : 'wrong';
}

/** "2 of 4 right" style tally over the checked questions. */
export function tally(
  questions: readonly QuizQuestion[],
  checked: readonly (number | null)[],
): { right: number; checked: number; total: number } {
  let right = 0;
  let done = 0;
  questions.forEach((q, i) => {
    const v = verdict(q, checked[i] ?? null);
    if (v !== 'unanswered') done += 1;
    if (v === 'right') right += 1;
  });
  return { right, checked: done, total: questions.length };
}

/** Letter label for option j: A, B, C … */
export function optionLetter(j: number): string {
  return String.fromCharCode(65 + (j % 26));
}

/** A DOM-safe id fragment from arbitrary text (letters, digits, hyphens). */
export function slugId(text: string): string {
  const s = String(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s === '' ? 'quiz' : s;
}
