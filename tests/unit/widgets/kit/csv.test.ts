// The CSV download: numbers stay numbers; only text gets the spreadsheet-formula guard.
import { describe, expect, it } from 'vitest';
import { toCsv } from '~/widgets/kit/csv';

describe('toCsv cells', () => {
  it('keeps a negative number a number, even when the shown table formats the column', () => {
    // issue 13 (5b): tangent-explorer's negative errors came out as text ('-1.32e-6).
    const csv = toCsv({
      caption: 'c',
      columns: [
        { key: 'e', label: 'error', format: (v: number) => v.toExponential(2) },
        { key: 't', label: 'note' },
      ],
      rows: [
        { e: -1.3234e-6, t: '-1' },
        { e: -42, t: '+x' },
        { e: Number.NEGATIVE_INFINITY, t: '@sum' },
      ],
    });
    expect(csv).toBe("error,note\r\n-0.0000013234,'-1\r\n-42,'+x\r\n,'@sum\r\n");
  });
});
