import { describe, expect, it } from 'vitest';
import { roundedGeometry } from '~/widgets/kit/PlotFigure';

describe('roundedGeometry (static SVG coordinates to 0.1 px)', () => {
  it('rounds numbers in geometry attributes', () => {
    expect(
      roundedGeometry('<path d="M48.123456,20.98L-3.04999,1e-7Z" transform="translate(0.5,12.3456)"></path>'),
    ).toBe('<path d="M48.1,21L-3,0Z" transform="translate(0.5,12.3)"></path>');
    expect(roundedGeometry('<circle cx="1.26" cy="2" r="3.333"></circle>')).toBe(
      '<circle cx="1.3" cy="2" r="3.3"></circle>',
    );
  });

  it('leaves text, classes and other attributes alone', () => {
    const svg = '<text x="1.25" fill="#123" aria-label="w = 0.12345">0.12345</text>';
    expect(roundedGeometry(svg)).toBe('<text x="1.3" fill="#123" aria-label="w = 0.12345">0.12345</text>');
  });

  it('leaves lengths in em alone: they are not pixels (Plot writes a text’s y="0.32em")', () => {
    expect(roundedGeometry('<text y="0.32em" x="-0.71em" transform="translate(1.26,2)">a</text>')).toBe(
      '<text y="0.32em" x="-0.71em" transform="translate(1.3,2)">a</text>',
    );
  });
});
