import { launchBrowser } from '/work/wt/search/tests/support/browser.ts';
import { serveStatic } from '/work/wt/search/tests/support/static-server.ts';
const server = await serveStatic('/work/wt/search/dist', '/');
const browser = await launchBrowser();
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
for (const q of process.argv.slice(2)) {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /找到|没有找到|请输入|无法/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 20000 });
  await page.waitForTimeout(100);
  const status = await page.textContent('#search-status');
  const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')!.replace(/^\/cases\/|\/$/g, '')));
  const sugg = await page.textContent('#search-suggestions');
  console.log(`${q}\n   ${status} ${sugg ? '| ' + sugg : ''}\n   ${links.join(' ')}`);
}
await browser.close(); await server.close();
