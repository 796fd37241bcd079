// Order of the e2e files for two workers: the files that visit every page or
// every widget (and grow with the site) start first, longest first, so that
// no long file starts last and keeps one worker busy alone at the end. Vitest's
// default order (longest first by the last run's durations, else largest file
// first) cannot know that on a fresh clone: kit-hostile-1.test.ts is four lines.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Path fragments of the heavy files, in the order they should start. */
const HEAVY = [
  'widgets/kit-1.test',
  'widgets/kit-2.test',
  'site/layout-shift',
  'widgets/kit-hostile-',
  'site/a11y.test',
  'links.test',
  'site/navigation.test',
  'site/pages.test',
];

function rank(spec: TestSpecification): number {
  const i = HEAVY.findIndex((h) => spec.moduleId.includes(h));
  return i < 0 ? HEAVY.length : i;
}

export class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byDefault = await super.sort(files);
    const position = new Map(byDefault.map((f, i) => [f, i]));
    return [...files].sort((a, b) => rank(a) - rank(b) || position.get(a)! - position.get(b)!);
  }
}
