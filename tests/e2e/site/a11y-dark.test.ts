// axe-core over every page in the dark theme (see a11y.ts).
import { a11yTests } from './a11y';

a11yTests('dark');
