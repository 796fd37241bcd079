// Hostile URL values, pages 2, 4, 6, … of the site with widgets (see kit-hostile.ts).
import { hostileUrlTests } from './kit-hostile';

hostileUrlTests(2, 2);
