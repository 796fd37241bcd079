// Hostile URL values, pages 1, 3, 5, … of the site with widgets (see kit-hostile.ts).
import { hostileUrlTests } from './kit-hostile';

hostileUrlTests(1, 2);
