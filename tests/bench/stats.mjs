// Small statistics the benchmarks share.

/** The median of `xs` (for an even count, the lower of the middle two: a value that was measured). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
