/**
 * Quiz — self-check questions at the end of a chapter.
 *
 * MDX usage (import after the frontmatter, leave a blank line after the imports):
 *
 *   import Quiz from '~/components/quiz/Quiz.tsx';
 *
 *   <Quiz client:visible id="ch1" questions={[
 *     {
 *       prompt: 'With x = 2 and y = 4, where is L(w) = (wx − y)² smallest?',
 *       options: [
 *         { text: 'w = 2', correct: true, why: 'Then wx = 4 = y, so the error and the loss are 0.' },
 *         { text: 'w = 4', why: 'That gives wx = 8, twice the target: loss (8 − 4)² = 16.' },
 *       ],
 *     },
 *   ]} />
 *
 * - Exactly one option per question has `correct: true`; every option has a `why`.
 * - Text is plain text (use Unicode for maths: w², −, ∇, ≤). Nothing is parsed as HTML.
 * - `id` must be unique on the page (it names the radio groups).
 *
 * Without JavaScript (and before hydration) every question and option is visible and each
 * question has a <details> "Show the answer" with the explanations. After hydration the
 * student picks an option (native radio group: Tab into it, arrow keys to choose), presses
 * "Check", and every option is annotated with why it is right or wrong. Nothing reloads, and
 * hydration moves nothing: the closed "Show the answer" row has the height of the "Check answer"
 * row that replaces it (quiz.css), and the score line is there from the start.
 */
import { useEffect, useState } from 'preact/hooks';
import { correctIndex, optionLetter, quizProblems, slugId, tally, verdict, type QuizQuestion } from './quiz-logic';
import './quiz.css';

export interface QuizProps {
  id?: string;
  questions: QuizQuestion[];
  /** Optional line above the questions. */
  intro?: string;
}

export default function Quiz({ id = 'quiz', questions, intro }: QuizProps) {
  const qid = slugId(id);
  const problems = quizProblems(questions);
  const [live, setLive] = useState(false);
  const [selected, setSelected] = useState<(number | null)[]>(() => questions.map(() => null));
  const [checked, setChecked] = useState<(number | null)[]>(() => questions.map(() => null));
  const [nudge, setNudge] = useState<boolean[]>(() => questions.map(() => false));

  useEffect(() => setLive(true), []);

  if (problems.length > 0) {
    return (
      <div class="quiz quiz--broken" role="note">
        <p>This quiz could not be shown: {problems.join('; ')}.</p>
      </div>
    );
  }

  const t = tally(questions, checked);

  const choose = (i: number, j: number) => {
    setSelected((s) => s.map((v, k) => (k === i ? j : v)));
    // Changing the answer after checking hides the old verdict until the next check.
    setChecked((c) => c.map((v, k) => (k === i ? null : v)));
    setNudge((n) => n.map((v, k) => (k === i ? false : v)));
  };
  const check = (i: number) => {
    const s = selected[i] ?? null;
    if (s === null) {
      setNudge((n) => n.map((v, k) => (k === i ? true : v)));
      return;
    }
    setChecked((c) => c.map((v, k) => (k === i ? s : v)));
  };
  const retry = (i: number) => {
    setChecked((c) => c.map((v, k) => (k === i ? null : v)));
    setSelected((s) => s.map((v, k) => (k === i ? null : v)));
  };

  return (
    <div class="quiz" id={`quiz-${qid}`} data-quiz={qid} data-hydrated={live ? 'true' : 'false'}>
      {intro ? <p class="quiz-intro">{intro}</p> : null}
      <ol class="quiz-list">
        {questions.map((q, i) => {
          const name = `quiz-${qid}-q${i + 1}`;
          const good = correctIndex(q);
          const v = verdict(q, checked[i] ?? null);
          const isChecked = v !== 'unanswered';
          return (
            <li class={`quiz-q quiz-q--${v}`} key={name} data-question={i + 1}>
              <fieldset>
                <legend id={`${name}-legend`}>
                  <span class="quiz-num">Question {i + 1}.</span> {q.prompt}
                </legend>
                <div class="quiz-options">
                  {q.options.map((o, j) => {
                    const optId = `${name}-o${j + 1}`;
                    const state = !isChecked
                      ? ''
                      : j === good
                        ? ' quiz-opt--right'
                        : j === checked[i]
                          ? ' quiz-opt--wrong'
                          : ' quiz-opt--other';
                    return (
                      <div class={`quiz-opt${state}`} key={optId}>
                        <input
                          type="radio"
                          id={optId}
                          name={name}
                          value={String(j)}
                          checked={selected[i] === j}
                          onChange={() => choose(i, j)}
                          aria-describedby={isChecked ? `${optId}-why` : undefined}
                        />
                        <label for={optId}>
                          <span class="quiz-letter" aria-hidden="true">
                            {optionLetter(j)}
                          </span>
                          <span class="quiz-text">{o.text}</span>
                        </label>
                        {isChecked ? (
                          <p class="quiz-why" id={`${optId}-why`}>
                            <strong>
                              {j === good ? 'Correct.' : j === checked[i] ? 'Your answer — not right.' : 'Not right.'}
                            </strong>{' '}
                            {o.why}
                          </p>
                        ) : null}
                      </div>
                    );
                  })}
                </div>
              </fieldset>
              {live ? (
                <div class="quiz-actions">
                  {isChecked ? (
                    <button type="button" class="quiz-button quiz-button--quiet" onClick={() => retry(i)}>
                      Try again
                    </button>
                  ) : (
                    <button
                      type="button"
                      class="quiz-button"
                      onClick={() => check(i)}
                      aria-describedby={`${name}-feedback`}
                    >
                      Check answer
                    </button>
                  )}
                  <p class="quiz-feedback" id={`${name}-feedback`} aria-live="polite">
                    {v === 'right'
                      ? `Right: ${optionLetter(good)} is correct.`
                      : v === 'wrong'
                        ? `Not quite: you chose ${optionLetter(checked[i] ?? 0)}; the answer is ${optionLetter(good)}. Read why below each option.`
                        : nudge[i]
                          ? 'Pick an option first.'
                          : ''}
                  </p>
                </div>
              ) : (
                <details class="quiz-static-answer">
                  <summary>Show the answer</summary>
                  <p>
                    <strong>
                      Answer: {optionLetter(good)}. {q.options[good]?.text}
                    </strong>
                  </p>
                  <ul>
                    {q.options.map((o, j) => (
                      <li key={j}>
                        <strong>{optionLetter(j)}</strong> ({j === good ? 'right' : 'wrong'}): {o.why}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {/* On the server too, in words true without JavaScript: hydration changes no line's height. */}
      <p class="quiz-score" aria-live="polite">
        {t.checked === 0
          ? `${t.total} questions: pick an answer to each, then check it.`
          : `${t.right} of ${t.checked} checked answers right (${t.total} questions).`}
      </p>
    </div>
  );
}
