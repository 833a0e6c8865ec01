import { serveStatic } from './tests/support/static-server.ts';
import { launchBrowser } from './tests/support/browser.ts';
const server = await serveStatic('dist');
const browser = await launchBrowser();
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const q of ['惠云眼', '电碳地图', '平安指数', '數據共享', '数据共享', '5G', '大数据 沈阳', '<script>alert(1)</script>', '😀']) {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => document.getElementById('search-status')?.textContent !== '正在加载搜索索引…' && document.getElementById('search-status')?.textContent !== '', null, { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(300);
  const status = await page.textContent('#search-status');
  const titles = await page.$$eval('#search-results h2', (hs) => hs.map((h) => h.textContent).slice(0, 5));
  const ex = await page.$$eval('#search-results li p:nth-of-type(2)', (ps) => ps.map((p) => p.innerHTML).slice(0, 1));
  console.log(q, '|', status, '|', titles.join(' / '), '|', ex.join(''));
}
await page.screenshot({ path: '/tmp/search.png', fullPage: false });
await browser.close(); await server.close();
