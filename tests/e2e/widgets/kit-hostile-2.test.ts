// Hostile URL values, widgets 2, 4, 6, … of the site (see kit-hostile.ts).
import { hostileUrlTests } from './kit-hostile';

hostileUrlTests(2, 2);
