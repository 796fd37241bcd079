/** Text on a figure gets a halo in the background colour, so lines behind it do not cross it. */
import { color } from '~/widgets/kit/colors';

export const halo = { stroke: color.bg, strokeWidth: 4, paintOrder: 'stroke' } as const;
