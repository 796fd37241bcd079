import { describe, expect, it } from 'vitest';
import { chapterRoute, orderedChapters, type ChapterEntryLike } from '~/utils/routes';

function entry(id: string, order: number, draft?: boolean): ChapterEntryLike {
  return { id, data: { title: `T ${id}`, description: `D ${id}`, order, goals: [`g ${id}`], draft } };
}

const entries = [
  entry('learning-rate', 6),
  entry('loss-functions', 1),
  entry('gradient-descent', 4),
  entry('secret', 5, true),
];

describe('orderedChapters', () => {
  it('orders by `order` and hides drafts', () => {
    const list = orderedChapters(entries);
    expect(list.map((c) => c.slug)).toEqual(['loss-functions', 'gradient-descent', 'learning-rate']);
    expect(list[0]).toEqual({
      slug: 'loss-functions',
      path: '/chapters/loss-functions/',
      title: 'T loss-functions',
      description: 'D loss-functions',
      order: 1,
      goals: ['g loss-functions'],
    });
  });

  it('includes drafts when asked', () => {
    expect(orderedChapters(entries, true).map((c) => c.slug)).toContain('secret');
  });

  it('rejects two chapters with the same order', () => {
    expect(() => orderedChapters([entry('a', 1), entry('b', 1)])).toThrow(/both have order 1/);
  });

  it('handles an empty collection', () => {
    expect(orderedChapters([])).toEqual([]);
  });
});

describe('chapterRoute', () => {
  it('gives prev/next neighbours in order', () => {
    const r = chapterRoute(entries, 'gradient-descent');
    expect(r.index).toBe(1);
    expect(r.current.slug).toBe('gradient-descent');
    expect(r.prev?.slug).toBe('loss-functions');
    expect(r.next?.slug).toBe('learning-rate');
  });

  it('has no prev on the first and no next on the last chapter', () => {
    expect(chapterRoute(entries, 'loss-functions').prev).toBeUndefined();
    expect(chapterRoute(entries, 'learning-rate').next).toBeUndefined();
  });

  it('throws for an unknown or draft slug', () => {
    expect(() => chapterRoute(entries, 'nope')).toThrow(/No chapter/);
    expect(() => chapterRoute(entries, 'secret')).toThrow(/No chapter/);
    expect(chapterRoute(entries, 'secret', true).current.slug).toBe('secret');
  });
});
