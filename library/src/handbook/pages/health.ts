import { healthContent } from '../health.js';
import type { PageSpec } from './page.js';

/** The health page: the governance's gaps in plain words, for readers who never edit the YAML. */
export const healthPage: PageSpec = {
  name: 'health',
  title: () => 'Health',
  purpose: 'where the governance has gaps, in plain words, who can close each one, and when each review is due',
  content: (context, depth) => healthContent(context, depth + 1),
};
