// The chapter frontmatter schema (src/utils/chapter-schema.ts, used by content.config.ts):
// good frontmatter passes as is, every kind of bad frontmatter fails with a message that
// names the problem.
import { describe, expect, it } from 'vitest';
import { chapterSchema } from '~/utils/chapter-schema';

const good = {
  title: 'What a loss function is',
  description: 'A model is a machine with knobs; a loss function scores every setting.',
  order: 1,
  goals: ['Say what a model’s parameters are.', 'Compute L(w) = (wx − y)² by hand.'],
};

function problems(data: unknown): string[] {
  const r = chapterSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('chapter frontmatter schema', () => {
  it('accepts good frontmatter, with or without draft, trimming text', () => {
    expect(chapterSchema.parse(good)).toEqual(good);
    expect(chapterSchema.parse({ ...good, draft: true }).draft).toBe(true);
    expect(chapterSchema.parse({ ...good, title: '  Padded  ' }).title).toBe('Padded');
    expect(chapterSchema.parse({ ...good, order: 0 }).order).toBe(0);
  });

  it.each([
    ['a missing title', { ...good, title: undefined }, /^title: /],
    ['an empty title', { ...good, title: '   ' }, /title must not be empty/],
    ['an empty description', { ...good, description: '' }, /description must be one line/],
    ['a fractional order', { ...good, order: 1.5 }, /order must be an integer/],
    ['a negative order', { ...good, order: -1 }, /^order: /],
    ['an order given as text', { ...good, order: '1' }, /^order: /],
    ['no goals', { ...good, goals: [] }, /goals must list at least one learning goal/],
    ['an empty goal', { ...good, goals: ['ok', ' '] }, /^goals\.1: /],
    ['a draft flag that is not a boolean', { ...good, draft: 'yes' }, /^draft: /],
    ['an unknown key (a typo)', { ...good, tittle: 'x' }, /tittle/],
  ])('rejects %s', (_, data, message) => {
    const p = problems(data);
    expect(p.length).toBeGreaterThan(0);
    expect(p.join('\n')).toMatch(message);
  });
});
