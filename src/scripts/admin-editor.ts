// The web editor's start-up at /admin/: reads the generated configuration from the page, registers
// the entry-file formats and the entry-ID field, then loads the self-hosted Decap CMS bundle and
// starts it. `?local_backend=<port>` points the local mode at a decap-server on another port.
import type { CmsConfig, CmsField } from '../editor/config.ts';
import { ENTRY_ID_FIELD, ENTRY_ID_WIDGET, entryFormat } from '../editor/names.ts';
import { formatEntryFile, parseEntryFile } from '../editor/entry-file.ts';

interface ImmutableMap {
  get(key: string): unknown;
}
interface WidgetProps {
  value?: string;
  entry: ImmutableMap;
  field: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  onChange: (value: string) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}
interface DecapGlobal {
  init(options: { config: unknown }): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerWidget(name: string, control: unknown): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
    h: (type: string, props: Record<string, unknown>) => unknown;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

const shell = document.getElementById('cms-shell')!;
const status = document.getElementById('cms-status')!;
const config = JSON.parse(document.getElementById('cms-config')!.textContent!) as CmsConfig & Record<string, unknown>;

const port = new URLSearchParams(location.search).get('local_backend');
if (port && /^\d{2,5}$/.test(port)) {
  config.local_backend = { url: `http://${location.hostname}:${port}/api/v1` };
}

window.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = shell.dataset.bundle!;
script.addEventListener('load', start);
script.addEventListener('error', () => {
  status.textContent = '编辑器文件载入失败，请刷新重试。';
});
document.head.append(script);

function start(): void {
  const cms = window.CMS!;
  for (const collection of config.collections) {
    const shape = { fields: collection.fields, frontMatter: collection.extension === 'mdx', omit: ENTRY_ID_FIELD };
    cms.registerCustomFormat(entryFormat(collection.name), collection.extension, {
      fromFile: (text) => parseEntryFile(text, shape),
      toFile: (data) => formatEntryFile(data, shape),
    });
  }
  cms.registerWidget(ENTRY_ID_WIDGET, entryIdControl());
  cms.init({ config });
  shell.hidden = true;
}

/**
 * The entry ID is the file name. A new entry asks for it (and checks it); an existing one shows
 * it read-only, because IDs are permanent. It is never written into the file's data.
 */
function entryIdControl(): unknown {
  const { h, createClass } = window;
  const isNew = (props: WidgetProps) => Boolean(props.entry.get('newRecord'));
  return createClass({
    isValid(this: { props: WidgetProps }) {
      if (!isNew(this.props)) return true;
      const value = (this.props.value ?? '').trim();
      const [pattern, message] = (this.props.field.get('pattern') as { toJS(): CmsField['pattern'] } | undefined)?.toJS() ?? [];
      if (!value) return { error: { message: '请填写编号（文件名）。' } };
      if (pattern && !new RegExp(pattern).test(value)) return { error: { message } };
      return true;
    },
    render(this: { props: WidgetProps }) {
      const props = this.props;
      const editable = isNew(props);
      return h('input', {
        type: 'text',
        id: props.forID,
        className: props.classNameWrapper,
        value: editable ? (props.value ?? '') : String(props.entry.get('slug') ?? ''),
        readOnly: !editable,
        lang: 'en',
        autoComplete: 'off',
        spellCheck: false,
        onChange: (event: Event) => props.onChange((event.target as HTMLInputElement).value),
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
      });
    },
  });
}
