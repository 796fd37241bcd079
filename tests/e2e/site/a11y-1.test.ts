// axe-core over the odd pages, both themes (see a11y.ts).
import { a11yTests } from './a11y';

a11yTests(1, 2);
