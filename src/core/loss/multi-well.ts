// Now in the surface catalogue (src/core/surfaces/); kept here for old importers.
export { multiWell } from '../surfaces/multi-well';
