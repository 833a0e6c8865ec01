import { serveStatic } from './tests/support/static-server.ts';
import { launchBrowser } from './tests/support/browser.ts';
const server = await serveStatic('dist');
const browser = await launchBrowser();
for (const [name, path, width] of [['home', '', 1280], ['case', 'cases/huizhou-huiyun-eye/', 1280], ['case-mobile', 'cases/sgcc-hubei-carbon-map/', 360], ['search', 'search/?q=%E6%95%B0%E6%8D%AE%E5%85%B1%E4%BA%AB', 1280], ['edition', 'awards/chuzhi/chuzhi-2022-bigdata/', 1280], ['compare', 'compare/discipline-big-data-supervision/', 1280]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(server.url + path);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: name !== 'compare' && name !== 'case' });
}
await browser.close(); await server.close();
