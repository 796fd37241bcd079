// The widget kit's tests, pages 2, 4, 6, … of the site with widgets (see kit.ts).
import { kitTests } from './kit';

kitTests(2, 2);
