// The Quiz's server-rendered HTML (what a reader without JavaScript gets): every question and
// option visible, native radio groups, and the answers with explanations inside <details>.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Quiz from '~/components/quiz/Quiz';
import type { QuizQuestion } from '~/components/quiz/quiz-logic';

const questions: QuizQuestion[] = [
  {
    prompt: 'With x = 2 and y = 4, where is L(w) = (wx − y)² smallest?',
    options: [
      { text: 'w = 4', why: 'Then wx = 8: loss 16.' },
      { text: 'w = 2', correct: true, why: 'Then wx = 4 = y: loss 0.' },
    ],
  },
  {
    prompt: 'Is <b>markup</b> in a prompt rendered?',
    options: [
      { text: 'No, it is text', correct: true, why: 'Preact escapes strings.' },
      { text: 'Yes', why: 'It is not.' },
    ],
  },
];

describe('Quiz static HTML', () => {
  const html = renderToString(h(Quiz, { id: 'demo', questions }));

  it('shows every prompt and option', () => {
    expect(html).toContain('Question 1.');
    expect(html).toContain('where is L(w) = (wx − y)² smallest?');
    expect(html).toContain('w = 4');
    expect(html).toContain('w = 2');
  });

  it('groups options as native radio buttons in a fieldset with a legend', () => {
    expect((html.match(/<fieldset/g) ?? []).length).toBe(2);
    expect((html.match(/<legend/g) ?? []).length).toBe(2);
    expect((html.match(/type="radio"/g) ?? []).length).toBe(4);
    expect(html).toContain('name="quiz-demo-q1"');
    expect(html).toContain('name="quiz-demo-q2"');
    expect(html).toMatch(/<input[^>]*id="quiz-demo-q1-o1"/);
    expect(html).toContain('for="quiz-demo-q1-o1"');
  });

  it('reveals answers and explanations in <details> before hydration', () => {
    expect((html.match(/<details class="quiz-static-answer"/g) ?? []).length).toBe(2);
    expect(html).toContain('Answer: B. w = 2');
    expect(html).toContain('Then wx = 8: loss 16.');
    expect(html).not.toContain('Check answer');
    expect(html).toContain('data-hydrated="false"');
  });

  it('escapes text instead of rendering markup', () => {
    expect(html).toContain('&lt;b>markup&lt;/b>');
    expect(html).not.toContain('<b>markup</b>');
  });

  it('explains a malformed quiz instead of throwing', () => {
    const bad = renderToString(h(Quiz, { questions: [{ prompt: 'p', options: [{ text: 'a', why: 'b' }] }] }));
    expect(bad).toContain('This quiz could not be shown');
  });
});
