// axe-core over the even pages, both themes (see a11y.ts).
import { a11yTests } from './a11y';

a11yTests(2, 2);
