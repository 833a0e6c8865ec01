// A file's bytes as one short string: how the content loader knows that a validated entry
// (ValidEntry.sourceDigest) came from the very bytes it is about to load (loaders/validated-entries.ts).
import { createHash } from 'node:crypto';

export const sourceDigest = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('base64');
