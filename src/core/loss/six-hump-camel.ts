// Now in the surface catalogue (src/core/surfaces/); kept here for old importers.
export { sixHumpCamel } from '../surfaces/six-hump-camel';
