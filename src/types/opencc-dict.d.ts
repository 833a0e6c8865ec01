// opencc-js ships its dictionaries as untyped modules: each exports one string of "from to|…" pairs.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
