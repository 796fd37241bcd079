// axe-core over every page in the light theme (see a11y.ts).
import { a11yTests } from './a11y';

a11yTests('light');
