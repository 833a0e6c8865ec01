// The code-point range of the "needs conversion" bitmap (kept apart from the converter so the
// search page can test a query without loading the dictionaries).
export const BITMAP_START = 0x4e00;
export const BITMAP_END = 0x9fff;
