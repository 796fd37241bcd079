// nextTask / inNewTask: the work after them runs in a later task, never in the caller's; a
// cancelled one never runs.
import { describe, expect, it } from 'vitest';
import { inNewTask, nextTask } from '~/widgets/kit/nextTask';

describe('inNewTask', () => {
  it('runs the callback in a later task, after the current one and its microtasks', async () => {
    const order: string[] = [];
    const ran = new Promise<void>((resolve) =>
      inNewTask(() => {
        order.push('task');
        resolve();
      }),
    );
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('sync');
    await ran;
    expect(order).toEqual(['sync', 'microtask', 'task']);
  });

  it('never runs a cancelled callback', async () => {
    let ran = false;
    const cancel = inNewTask(() => (ran = true));
    cancel();
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toBe(false);
  });
});

describe('nextTask', () => {
  it('resolves in a later task, after the current one and its microtasks', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await done;
    await Promise.resolve();
    expect(order).toEqual(['microtask', 'next task']);
  });
});
