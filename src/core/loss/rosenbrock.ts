// Now in the surface catalogue (src/core/surfaces/); kept here for old importers.
export { rosenbrock } from '../surfaces/rosenbrock';
