import { defineSurface } from './entry';

/**
 * The six-hump camel (4 − 2.1x² + x⁴/3) x² + xy + (−4 + 4y²) y²: two global minima
 * (f ≈ −1.0316) and four local ones (f ≈ −0.2155 and f ≈ 2.1043), seven saddles (one at the
 * origin) and two local maxima.
 */
export const sixHumpCamel = defineSurface(
  {
    id: 'six-hump-camel',
    name: 'Six-hump camel',
    formula: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
    tex: 'f(x, y) = \\left(4 - 2.1x^2 + \\tfrac{x^4}{3}\\right)x^2 + xy + (-4 + 4y^2)\\,y^2',
    window: { x: [-2.2, 2.2], y: [-1.2, 1.2] },
    // Global first, then the local ones; all refined by Newton's method.
    minima: [
      [0.08984201310031807, -0.7126564030207396],
      [-0.08984201310031807, 0.7126564030207396],
      [-1.703606714969981, 0.7960835686726252],
      [1.703606714969981, -0.7960835686726252],
      [-1.6071047529201972, -0.5686514548841314],
      [1.6071047529201972, 0.5686514548841314],
    ],
    saddles: [
      [0, 0],
      [-1.1092053368047865, 0.7682680925095399],
      [1.1092053368047865, -0.7682680925095399],
      [-1.6380679841897785, -0.22867406904439408],
      [1.6380679841897785, 0.22867406904439408],
      [1.2960702671671092, 0.6050843880386585],
      [-1.2960702671671092, -0.6050843880386585],
    ],
    maxima: [
      [-1.2302298765166526, -0.16233458445899496],
      [1.2302298765166526, 0.16233458445899496],
    ],
  },
  {
    f: (x, y) => {
      const x2 = x * x;
      const y2 = y * y;
      return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
    },
    grad: (x, y) => {
      const x2 = x * x;
      return [8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y * y * y];
    },
    hessian: (x, y) => {
      const x2 = x * x;
      return [
        [8 - 25.2 * x2 + 10 * x2 * x2, 1],
        [1, -8 + 48 * y * y],
      ];
    },
  },
);
