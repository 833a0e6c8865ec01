// citeproc-js (npm `citeproc`) ships no types: the part of its API that research/citation-render.ts uses.
declare module 'citeproc' {
  namespace CSL {
    interface Sys {
      retrieveLocale(lang: string): string | undefined;
      retrieveItem(id: string): unknown;
    }
    class Engine {
      constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
      setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
      /** `nosort`: keep the given order instead of sorting by the style's bibliography keys. */
      updateItems(ids: string[], nosort?: boolean): void;
      makeBibliography(): [unknown, string[]] | false;
    }
  }
  const CSL: { Engine: typeof CSL.Engine };
  export default CSL;
}
