import { describe, expect, it } from 'vitest';
import { landscapeText, summary } from '~/widgets/network-landscape/summary';
import { table } from '~/widgets/network-landscape/table';
import { runTask, type TaskInput } from '~/widgets/network-landscape/training-task';
import { landscapeDrawing } from '~/widgets/network-landscape/views';

const input: TaskInput = {
  setup: {
    dataset: 'two-moons',
    n: 200,
    noise: 0.1,
    dataSeed: 0,
    hidden: [4, 4],
    activation: 'tanh',
    optimizer: 'adam',
    learningRate: 0.03,
    steps: 1000,
    initSeed: 1,
  },
  runTo: 1000,
  mode: 'random',
  directionSeed: 2,
  resolution: 41,
  decisionResolution: 45,
};

describe('network-landscape summary (the numbers the chapter tasks quote)', () => {
  it('the default network: 100 % accuracy, lowest at the centre, 5.9 % of the plane below 0.1', () => {
    const r = runTask(input);
    const d = landscapeDrawing(r.landscape!);
    const text = summary({
      training: r.training,
      hidden: [4, 4],
      paused: false,
      landscape: { view: r.landscape!, drawing: d },
    });
    expect(text).toContain('[2, 4, 4, 1] (37 parameters), step 1000 of 1000 (done)');
    expect(text).toContain('accuracy 100.0 %');
    expect(text).toContain('lowest at the centre; loss below 0.1 on 5.9 % of the plane');
    expect(table(r.training, [4, 4]).rows.at(-1)).toEqual({ step: 1000, loss: r.training.loss });
  });

  it('one layer of 2 neurons reaches 89.5 %', () => {
    const r = runTask({ ...input, setup: { ...input.setup, hidden: [2] } });
    expect(r.training.accuracy).toBe(0.895);
  });

  it('the PCA plane: 95.7 % and 2.7 % of the path', () => {
    const r = runTask({ ...input, mode: 'pca' });
    expect(landscapeText(r.landscape!, landscapeDrawing(r.landscape!))).toMatch(
      /explain 95\.7 % and 2\.7 % of the path's variance/,
    );
  });
});
