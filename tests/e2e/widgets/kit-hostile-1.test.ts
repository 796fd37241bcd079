// Hostile URL values, widgets 1, 3, 5, … of the site (see kit-hostile.ts).
import { hostileUrlTests } from './kit-hostile';

hostileUrlTests(1, 2);
