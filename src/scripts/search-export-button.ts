// The search page's export buttons (CSV, BibTeX, RIS, CSL-JSON). The search page registers a
// function that returns the IDs of all current results; the export code (scripts/search-export.ts)
// and its data load only when a button is pressed.
import { fill, type SearchMessages } from '../search/messages.ts';
import { EXPORT_FORMATS, EXPORT_LIMIT, type ExportFormat } from '../search/export.ts';

/**
 * Adds the export buttons above the results. Returns the function the page calls with the number
 * of current results: the buttons are offered only while there is something to export.
 */
export function registerExportSource(getResultIds: () => string[]): (resultCount: number) => void {
  // The page's words (data-messages on #search-app, search/messages.ts).
  const t = JSON.parse(document.getElementById('search-app')?.dataset.messages ?? '{}') as SearchMessages;
  const results = document.getElementById('search-results');
  if (!results || document.getElementById('search-export')) return () => {};
  const host = document.createElement('div');
  host.id = 'search-export';
  host.className = 'search-export no-print';
  host.hidden = true;
  const label = document.createElement('span');
  label.textContent = t.exportLabel;
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
    button.setAttribute('aria-label', fill(t.exportAria, { format: EXPORT_FORMATS[format].label }));
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
      status.textContent = t.exportNothing;
      return;
    }
    busy = true;
    status.textContent = t.exportPreparing;
    try {
      const { exportResults } = await import('./search-export.ts');
      const { count } = await exportResults(ids, format, (done, total) => {
        status.textContent = fill(t.exportReading, { done, total });
      });
      status.textContent = ids.length > EXPORT_LIMIT
        ? fill(t.exportPartial, { count, total: ids.length })
        : fill(t.exportDone, { count });
    } catch (error) {
      console.error(error);
      status.textContent = t.exportFailed;
    } finally {
      busy = false;
    }
  };
  return (resultCount) => {
    host.hidden = resultCount === 0;
  };
}
