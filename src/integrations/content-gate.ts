// Astro integration: runs the same checks as `npm run validate` before anything is built, and fails
// the build with the validator's messages. Astro itself only logs dangling references. The entries
// it validated go to the content loader (loaders/validated-entries.ts), which would otherwise read
// and parse every file a second time.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { shareValidatedEntries } from '../loaders/validated-entries.ts';
import { formatProblem, validateContent, validateContentOnce, type ValidationResult } from '../validation/index.ts';

export function contentGate(contentDir: string): AstroIntegration {
  return {
    name: 'case-library:content-gate',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // A build validates once and shares the result with the search index; dev re-reads each time.
        let result: ValidationResult;
        try {
          result = command === 'build' ? validateContentOnce(contentDir) : validateContent(path.resolve(contentDir));
        } catch (error) {
          // The validator reports what files contain as problems; only a failure of its own gets here.
          throw editorError(`the content check itself failed (${error instanceof Error ? error.message : String(error)}); nothing was built`);
        }
        const { problems } = result;
        // The content loader takes the entries from here instead of reading every file again.
        shareValidatedEntries(contentDir, result.entries);
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw editorError(`content has ${problems.length} problem(s); nothing was built:\n${report}`);
        }
        logger.error(`content has ${problems.length} problem(s):\n${report}`);
      },
    },
  };
}

/**
 * An error for the person who ran the build: its message is the report, and it has no stack, which
 * Astro would print after the message (a stack trace of the gate says nothing about the content).
 */
function editorError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}
