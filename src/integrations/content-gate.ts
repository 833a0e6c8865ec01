// Astro integration: runs the same checks as `npm run validate` before anything is built, and fails
// the build with the validator's messages. Astro itself only logs dangling references.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem, validateContent } from '../validation/index.ts';

export function contentGate(contentDir: string): AstroIntegration {
  return {
    name: 'case-library:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = validateContent(path.resolve(contentDir));
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw new Error(`content has ${problems.length} problem(s); nothing was built:\n${report}`);
        }
        logger.error(`content has ${problems.length} problem(s):\n${report}`);
      },
    },
  };
}
