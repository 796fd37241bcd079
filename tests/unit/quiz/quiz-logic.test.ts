import { describe, expect, it } from 'vitest';
import {
  correctIndex,
  optionLetter,
  quizProblems,
  slugId,
  tally,
  verdict,
  type QuizQuestion,
} from '~/components/quiz/quiz-logic';

const q: QuizQuestion = {
  prompt: 'Where is (2w − 4)² smallest?',
  options: [
    { text: 'w = 4', why: 'loss 16' },
    { text: 'w = 2', correct: true, why: 'loss 0' },
    { text: 'w = 0', why: 'loss 16' },
  ],
};

describe('quizProblems', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizProblems([q])).toEqual([]);
  });
  it('rejects an empty quiz', () => {
    expect(quizProblems([])).toEqual(['the quiz has no questions']);
  });
  it('needs exactly one correct option, two options, text and explanations', () => {
    const bad: QuizQuestion[] = [
      { prompt: '', options: [{ text: 'a', why: 'x' }] },
      {
        prompt: 'p',
        options: [
          { text: 'a', correct: true, why: 'x' },
          { text: 'b', correct: true, why: '' },
        ],
      },
    ];
    const p = quizProblems(bad);
    expect(p).toContain('question 1 has no prompt');
    expect(p).toContain('question 1 needs at least two options');
    expect(p).toContain('question 1 must have exactly one correct option (has 0)');
    expect(p).toContain('question 2 must have exactly one correct option (has 2)');
    expect(p).toContain('question 2, option 2 has no explanation');
  });
  it('never throws on junk', () => {
    expect(() =>
      quizProblems([null as unknown as QuizQuestion, { prompt: 'x' } as unknown as QuizQuestion]),
    ).not.toThrow();
  });
});

describe('grading', () => {
  it('finds the correct option', () => {
    expect(correctIndex(q)).toBe(1);
  });
  it('grades a selection', () => {
    expect(verdict(q, 1)).toBe('right');
    expect(verdict(q, 0)).toBe('wrong');
    expect(verdict(q, null)).toBe('unanswered');
    expect(verdict(q, 7)).toBe('unanswered');
    expect(verdict(q, -1)).toBe('unanswered');
  });
  it('tallies checked answers', () => {
    expect(tally([q, q, q], [1, 0, null])).toEqual({ right: 1, checked: 2, total: 3 });
    expect(tally([q], [])).toEqual({ right: 0, checked: 0, total: 1 });
  });
});

describe('labels and ids', () => {
  it('letters options A, B, C …', () => {
    expect([0, 1, 2, 25].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z']);
  });
  it('makes DOM-safe ids from any text', () => {
    expect(slugId('Loss functions!')).toBe('loss-functions');
    expect(slugId('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slugId('')).toBe('quiz');
    expect(slugId('∇∇∇')).toBe('quiz');
    expect(slugId('x'.repeat(100))).toHaveLength(40);
  });
});
