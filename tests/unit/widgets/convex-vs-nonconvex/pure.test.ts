// convex-vs-nonconvex's pure modules: catalogue surfaces with their minima sorted into global and local.
import { describe, expect, it } from 'vitest';
import { model } from '~/widgets/convex-vs-nonconvex/model';
import { stateSchema } from '~/widgets/convex-vs-nonconvex/state';
import { summary } from '~/widgets/convex-vs-nonconvex/summary';
import { table } from '~/widgets/convex-vs-nonconvex/table';

describe('convex-vs-nonconvex', () => {
  const m = model(stateSchema.defaults);
  it('model: the bowl has one minimum; the four wells one global and three local ones', () => {
    expect(m.convex.minima).toHaveLength(1);
    expect(m.other.minima.filter((p) => p.global)).toHaveLength(1);
    expect(m.other.minima).toHaveLength(4);
    expect(m.other.zRange[0]).toBeLessThan(m.other.zRange[1]);
  });
  it('summary and table', () => {
    expect(summary(m, stateSchema.defaults)).toContain(
      'Four wells has 4 minima: the global one at (\u22121.88, \u22121.41)',
    );
    expect(table(m).rows).toHaveLength(5);
  });
});
