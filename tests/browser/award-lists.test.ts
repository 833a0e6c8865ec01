// A reader holding the published 楚治 2022 list next to the edition page: the same categories,
// the same lines in the same order, each line leading to its case, whose page shows the official title.
import { describe, expect, it } from 'vitest';
import { publishedList } from '../support/published-list.ts';
import { usePage, useSite } from '../support/site.ts';

const site = useSite();
const published = publishedList('chuzhi-2022-results.txt');
/** The page separates organisations and title with a full-width colon; the list with ":". */
const asPublished = (line: string) => line.replace('：', ':');

describe('the 楚治 2022 edition page', () => {
  const unscripted = usePage(site, { javaScriptEnabled: false });

  it('shows the published lines in order under each category, numbered as published', async () => {
    const page = unscripted();
    await page.goto(site.url('/awards/chuzhi/chuzhi-2022-bigdata/'));
    const sections = await page.$$eval('section:has(> .award-list)', (nodes) =>
      nodes.map((section) => ({
        heading: section.querySelector('h2')?.firstChild?.textContent?.trim() ?? '',
        lines: [...section.querySelectorAll('.award-list > li')].map((li) => ({
          number: (li as HTMLLIElement).value,
          text: li.querySelector('[data-listed-line]')?.textContent?.trim() ?? '',
        })),
      })),
    );
    expect(sections).toHaveLength(published.length);
    sections.forEach((section, i) => {
      expect(section.heading.startsWith(published[i].heading), section.heading).toBe(true);
      expect(section.lines.map((line) => `${line.number}. ${asPublished(line.text)}`)).toEqual(
        published[i].lines.map((line) => `${line.position}. ${line.text}`),
      );
    });
  });

  it('links a line to its case, whose awards section shows the official title and organisations', async () => {
    const page = unscripted();
    await page.goto(site.url('/awards/chuzhi/chuzhi-2022-bigdata/'));
    const [first] = published[0].lines;
    await page.click(`.award-list a:text-is(${JSON.stringify(first.title)})`);
    expect(page.url()).toContain('/cases/wuchang-pingan-index/');
    const facts = (await page.textContent('.facts')) ?? '';
    expect(facts).toContain(`名单所列标题：${first.title}`);
    expect(facts).toContain(`名单所列单位：${first.organisations.join('、')}`);
    expect(facts).toContain('名单第 1 项');
  });

  it('lists the winners in the same order on the year page and the home page', async () => {
    const page = unscripted();
    const caseOrder = async () =>
      page.$$eval('a[href*="/cases/"]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto(site.url('/awards/chuzhi/chuzhi-2022-bigdata/'));
    const editionOrder = await caseOrder();
    await page.goto(site.url('/years/2022/'));
    expect((await caseOrder()).filter((p) => editionOrder.includes(p))).toEqual(editionOrder);
    await page.goto(site.url('/'));
    const home = await page.$$eval(`section:has(a[href$="/chuzhi-2022-bigdata/"]) a[href*="/cases/"]`, (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(home.length).toBeGreaterThan(0);
    // The home page shows the first few of each category, in the list's order.
    const positions = home.map((p) => editionOrder.indexOf(p));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
