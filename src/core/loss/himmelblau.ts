// Now in the surface catalogue (src/core/surfaces/); kept here for old importers.
export { himmelblau } from '../surfaces/himmelblau';
