// Astro integration: runs the same checks as `npm run validate` before anything is built, and fails
// the build with the validator's messages. Astro itself only logs dangling references.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem, validateContent, validateContentOnce } from '../validation/index.ts';

export function contentGate(contentDir: string): AstroIntegration {
  return {
    name: 'case-library:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // A build validates once and shares the result with the search index; dev re-reads each time.
        const { problems } = command === 'build' ? validateContentOnce(contentDir) : validateContent(path.resolve(contentDir));
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
