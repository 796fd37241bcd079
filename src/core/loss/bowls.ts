// The bowls now live in the surface catalogue (src/core/surfaces/); kept here for old importers.
export { quadraticBowl, type Sym2 } from '../surfaces/quadratic-bowl';
export { roundBowl } from '../surfaces/round-bowl';
export { elongatedBowl } from '../surfaces/elongated-bowl';
export { rotatedBowl } from '../surfaces/rotated-bowl';
