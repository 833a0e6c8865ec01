// Runs check-file.ts for one file after another in a worker thread, and waits for each answer
// synchronously (Atomics.wait on shared memory, then receiveMessageOnPort), so the validator stays
// a plain function. A file that takes longer than its budget has the worker stopped (terminate()
// interrupts even a busy parser) and is reported as too complex; the next file gets a new worker.
// One checker serves every validation in a process (starting a worker loads the parsers and schemas
// again); its worker is unref'd, so it never keeps a process alive.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { LIMITS } from '../entry/limits.ts';
import type { FileRequest, FileResult, Stage } from './check-file.ts';

/** How long a new worker may take to load the checks (a cold start on a busy machine). */
const STARTUP_MILLISECONDS = 120_000;
/** Heap a worker may use: far above any file within the limits; a runaway parse is stopped, not the process. */
const WORKER_HEAP_MB = 512;

export type FileAnswer =
  | { result: FileResult }
  /** The budget ran out while the check was at `stage`. */
  | { timedOut: Stage; milliseconds: number }
  /** The check itself failed: a bug in the validator, with the error's message. */
  | { internalError: string };

const STAGES: Record<number, Stage> = { 1: 'data', 2: 'body' };

export class FileChecker {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private flags = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  private sequence = 0;
  /** Whether the current worker has said it is ready. */
  private ready = false;

  /** Check one file, allowing it `milliseconds` (the worker's start-up is not counted). */
  check(request: FileRequest, milliseconds: number = LIMITS.fileMilliseconds): FileAnswer {
    const { port, flags } = this.start();
    const sequence = ++this.sequence;
    Atomics.store(flags, 1, 0);
    port.postMessage({ sequence, request });
    const deadline = performance.now() + milliseconds;
    for (let answered = Atomics.load(flags, 0); answered !== sequence; answered = Atomics.load(flags, 0)) {
      const left = deadline - performance.now();
      if (left <= 0) {
        const stage = STAGES[Atomics.load(flags, 1)] ?? 'data';
        this.close();
        return { timedOut: stage, milliseconds };
      }
      Atomics.wait(flags, 0, answered, left);
    }
    const message = receiveMessageOnPort(port)?.message as ({ sequence: number } & FileAnswer) | undefined;
    if (message === undefined || message.sequence !== sequence) {
      this.close();
      return { internalError: 'the file checker answered out of turn' };
    }
    const { sequence: _answered, ...answer } = message;
    return answer;
  }

  /** Stop the worker (the next check starts a new one). */
  close(): void {
    this.port?.close();
    void this.worker?.terminate();
    this.worker = undefined;
    this.port = undefined;
  }

  /** Start a worker without waiting for it, so that it loads while the caller does other work. */
  prepare(): void {
    if (this.worker) return;
    const flags = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./file-worker.ts', import.meta.url), {
      workerData: { state: flags.buffer, port: port2 },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    // A worker that dies (out of memory, say) shows as a check that does not answer in time.
    worker.on('error', () => {});
    this.worker = worker;
    this.port = port1;
    this.flags = flags;
    this.sequence = 0;
    this.ready = false;
  }

  private start(): { port: MessagePort; flags: Int32Array<SharedArrayBuffer> } {
    this.prepare();
    const port = this.port!;
    const flags = this.flags;
    if (!this.ready) {
      Atomics.wait(flags, 2, 0, STARTUP_MILLISECONDS);
      if (Atomics.load(flags, 2) !== 1) {
        const failure = (receiveMessageOnPort(port)?.message as { internalError?: string } | undefined)?.internalError;
        this.close();
        throw new Error(`the validator could not start its file checker: ${failure ?? `no answer within ${STARTUP_MILLISECONDS / 1000} s`}`);
      }
      this.ready = true;
    }
    return { port, flags };
  }
}

let shared: FileChecker | undefined;

/** The process's file checker, started on first use. */
export function fileChecker(): FileChecker {
  shared ??= new FileChecker();
  return shared;
}

/** Stop the process's file checker's worker, if one is running (a later check starts another). */
export function closeFileChecker(): void {
  shared?.close();
}
