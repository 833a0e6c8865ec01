// The worker thread that checks one file at a time for file-checker.ts. It reports through shared
// memory as well as its message port, so that the main thread can wait for it synchronously and
// stop it when a file takes longer than its budget.
//
// flags[0]: number of the last request answered; flags[1]: stage of the current request
// (STAGE_CODES); flags[2]: 1 once ready, 2 if the checks could not be loaded.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { FileRequest, FileResult, Stage } from './check-file.ts';

const STAGE_CODES: Record<Stage, number> = { data: 1, body: 2 };
const { state, port } = workerData as { state: SharedArrayBuffer; port: MessagePort };
const flags = new Int32Array(state);

function signal(index: number, value: number): void {
  Atomics.store(flags, index, value);
  Atomics.notify(flags, index);
}

try {
  const { checkFile } = await import('./check-file.ts');
  // Requests come in batches numbered on from `first`; each is answered as soon as it is checked.
  port.on('message', ({ first, requests }: { first: number; requests: FileRequest[] }) => {
    requests.forEach((request, k) => {
      const sequence = first + k;
      let answer: { result: FileResult } | { internalError: string };
      try {
        answer = { result: checkFile(request, (stage) => Atomics.store(flags, 1, STAGE_CODES[stage])) };
      } catch (error) {
        answer = { internalError: describeError(error) };
      }
      try {
        port.postMessage({ sequence, ...answer });
      } catch (error) {
        port.postMessage({ sequence, internalError: describeError(error) });
      }
      signal(0, sequence);
    });
  });
  signal(2, 1);
} catch (error) {
  port.postMessage({ sequence: 0, internalError: describeError(error) });
  signal(2, 2);
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
