# The numpy side of `npm run bench:core`: reads the cases as JSON on stdin, times lecture
# 000's broadcasting recipe (O(N x cells) temporaries) and numpy on sufficient statistics
# (O(cells)), and prints JSON with the median times and both grids.
import json
import sys
import time

import numpy as np


def recipe(x_train, y_train, b_range, w_range):
    # Lecture 000, verbatim apart from the names of the ranges.
    bs, ws = np.meshgrid(b_range, w_range)
    all_predictions = np.apply_along_axis(func1d=lambda x: bs + ws * x, axis=1, arr=x_train)
    all_labels = y_train.reshape(-1, 1, 1)
    all_errors = all_predictions - all_labels
    all_losses = (all_errors ** 2).mean(axis=0)
    return all_losses


def from_stats(x, y, b_range, w_range):
    # The same sufficient statistics as the core (centred, two-pass), then O(1) per cell.
    n = x.size
    mx, my = x.mean(), y.mean()
    dx, dy = x - mx, y - my
    sxx, sxy, syy = dx @ dx, dx @ dy, dy @ dy
    bs, ws = np.meshgrid(b_range, w_range)
    m = my - ws * mx
    return (n * (m - bs) ** 2 + (syy - 2 * ws * sxy + ws * ws * sxx)) / n


def median_time(fn, reps):
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times)) * 1e3, out


cases = json.load(sys.stdin)
results = []
for c in cases:
    x = np.array(c['x'])
    y = np.array(c['y'])
    b_range = np.linspace(c['b'][0], c['b'][1], c['nx'])
    w_range = np.linspace(c['w'][0], c['w'][1], c['ny'])
    t_recipe, z_recipe = median_time(lambda: recipe(x.reshape(-1, 1), y.reshape(-1, 1), b_range, w_range), c['repsRecipe'])
    t_stats, z_stats = median_time(lambda: from_stats(x, y, b_range, w_range), c['repsStats'])
    results.append({
        'recipeMs': t_recipe,
        'statsMs': t_stats,
        'recipe': z_recipe.ravel().tolist(),
        'stats': z_stats.ravel().tolist(),
    })
print(json.dumps({'numpy': np.__version__, 'results': results}))
