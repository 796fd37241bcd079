// The widget kit's tests, pages 1, 3, 5, … of the site with widgets (see kit.ts).
import { kitTests } from './kit';

kitTests(1, 2);
