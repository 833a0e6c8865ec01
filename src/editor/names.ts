// Names shared by the generated editor configuration (editor/config.ts) and the browser code that
// registers the matching parts (scripts/admin-editor.ts). No imports, so the browser bundle stays small.

/** The custom file format of a collection's entries (see editor/entry-file.ts). */
export const entryFormat = (collection: string) => `case-library-${collection}`;
/** The widget that asks for a new entry's ID and shows an existing one read-only. */
export const ENTRY_ID_WIDGET = 'entry-id';
/** The form field that names the file; it is never written into the entry. */
export const ENTRY_ID_FIELD = 'id';
