// The search page's export buttons (CSV, BibTeX, RIS, CSL-JSON). The search page registers a
// function that returns the IDs of all current results; the export code (scripts/search-export.ts)
// and its data load only when a button is pressed.
import { EXPORT_FORMATS, EXPORT_LIMIT, type ExportFormat } from '../lib/search-export.ts';

/**
 * Adds the export buttons above the results. Returns the function the page calls with the number
 * of current results: the buttons are offered only while there is something to export.
 */
export function registerExportSource(getResultIds: () => string[]): (resultCount: number) => void {
  const results = document.getElementById('search-results');
  if (!results || document.getElementById('search-export')) return () => {};
  const host = document.createElement('div');
  host.id = 'search-export';
  host.className = 'search-export no-print';
  host.hidden = true;
  const label = document.createElement('span');
  label.textContent = '导出当前结果：';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'meta';
  host.append(label);
  for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.dataset.format = format;
    button.textContent = EXPORT_FORMATS[format].label;
    button.setAttribute('aria-label', `将当前结果导出为 ${EXPORT_FORMATS[format].label}`);
    button.addEventListener('click', () => void run(format));
    host.append(button, ' ');
  }
  host.append(status);
  results.before(host);

  let busy = false;
  const run = async (format: ExportFormat) => {
    if (busy) return;
    const ids = getResultIds();
    if (ids.length === 0) {
      status.textContent = ' 没有可导出的结果。';
      return;
    }
    busy = true;
    status.textContent = ' 正在准备…';
    try {
      const { exportResults } = await import('./search-export.ts');
      const { count } = await exportResults(ids, format, (done, total) => {
        status.textContent = ` 正在读取数据 ${done}/${total}…`;
      });
      status.textContent = ids.length > EXPORT_LIMIT
        ? ` 已导出前 ${count} 个结果（共 ${ids.length} 个；全部数据请在“数据下载”页获取）。`
        : ` 已导出 ${count} 个结果。`;
    } catch (error) {
      console.error(error);
      status.textContent = ' 导出失败，请稍后重试。';
    } finally {
      busy = false;
    }
  };
  return (resultCount) => {
    host.hidden = resultCount === 0;
  };
}
