// Runs check-file.ts for one file after another in a worker thread, and waits for each answer
// synchronously (Atomics.wait on shared memory, then receiveMessageOnPort), so the validator stays
// a plain function. A collection's files are queued together (checkAll), so the worker never waits
// for this thread between two files. A file that takes longer than its budget has the worker stopped (terminate()
// interrupts even a busy parser) and is reported as too complex; the next file gets a new worker.
// One checker serves every validation in a process (starting a worker loads the parsers and schemas
// again); its worker is unref'd, so it never keeps a process alive.
import { availableParallelism } from 'node:os';
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
    return this.checkAll([request], milliseconds)[0];
  }

  /**
   * Check files in order, each allowed `milliseconds` from the moment the one before it was
   * answered. All of them are queued at once, so the worker goes from one file to the next
   * without waiting for this thread: one message round trip per file cost more than most checks.
   * A file that runs out of time has the worker stopped; the files after it go to a new one.
   */
  checkAll(requests: FileRequest[], milliseconds: number = LIMITS.fileMilliseconds): FileAnswer[] {
    return this.submit(requests, milliseconds)();
  }

  /**
   * Queue the files now and return the function that waits for their answers: several checkers
   * then work at the same time (checkFiles). A file's budget counts from when the answer before
   * it was collected, so it is never shorter than `milliseconds`.
   */
  submit(requests: FileRequest[], milliseconds: number = LIMITS.fileMilliseconds): () => FileAnswer[] {
    const answers: FileAnswer[] = [];
    let before = this.post(requests);
    return () => {
      while (answers.length < requests.length) {
        const { port, flags } = this.start();
        const queued = requests.length - answers.length;
        for (let k = 1; k <= queued; k++) {
          answers.push(this.answer(port, flags, before + k, performance.now() + milliseconds, milliseconds));
          if (!this.worker) break;
        }
        // The worker was stopped: the rest go to a new one.
        if (answers.length < requests.length) before = this.post(requests.slice(answers.length));
      }
      return answers;
    };
  }

  /**
   * Send requests to the worker (starting one if needed), as one message: posting 2,500 files one
   * message each took this thread 0.5 to 1 s, five times as long. Returns the sequence number
   * before them; the worker numbers them on from it and answers each on its own.
   */
  private post(requests: FileRequest[]): number {
    this.prepare();
    const before = this.sequence;
    this.port!.postMessage({ first: before + 1, requests });
    this.sequence += requests.length;
    return before;
  }

  /** Wait for the answer to request `sequence` until `deadline`; stop the worker if none comes. */
  private answer(port: MessagePort, flags: Int32Array<SharedArrayBuffer>, sequence: number, deadline: number, milliseconds: number): FileAnswer {
    for (let answered = Atomics.load(flags, 0); answered < sequence; answered = Atomics.load(flags, 0)) {
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

/** The process's checkers, started on first use: the first is also started when the validator loads. */
const shared: FileChecker[] = [];

/** The process's file checker number `k` (0 unless checkFiles uses more). */
export function fileChecker(k = 0): FileChecker {
  shared[k] ??= new FileChecker();
  return shared[k];
}

/** Below this many files a second checker costs more to start than it saves. */
const FILES_PER_EXTRA_CHECKER = 200;

/**
 * Check files on as many checkers as the machine has processors (two at most), each taking a
 * contiguous part, and return the answers in the order of `requests`. Used where nothing else runs
 * yet: `npm run validate` and the build's content gate.
 */
export function checkFiles(requests: FileRequest[], milliseconds: number = LIMITS.fileMilliseconds): FileAnswer[] {
  const checkers = Math.max(1, Math.min(2, availableParallelism(), Math.floor(requests.length / FILES_PER_EXTRA_CHECKER)));
  const part = Math.ceil(requests.length / checkers);
  // Every worker starts loading its checks before any is given files.
  for (let k = 0; k < checkers; k++) fileChecker(k).prepare();
  const collectors = Array.from({ length: checkers }, (_, k) => fileChecker(k).submit(requests.slice(k * part, (k + 1) * part), milliseconds));
  return collectors.flatMap((collect) => collect());
}

/** Stop the process's file checkers' workers, if any are running (a later check starts others). */
export function closeFileChecker(): void {
  for (const checker of shared) checker?.close();
}
