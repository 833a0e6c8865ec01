// The province tile-grid map of China: all 34 provincial-level divisions, each a tile placed on a
// grid by its rough geographic position (no boundaries, so no map review number is needed).
// Pure data and a counting function; components/ProvinceTileMap.astro draws it.
import type { TaxonomyTerm } from '../schemas/taxonomy.ts';
import { isPlace, type Library } from '../library/library.ts';
import { pathsFor } from '../library/urls.ts';
import { termLabel } from '../library/localized.ts';
import { DICTIONARIES } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';

export interface ProvinceTile {
  /** Official name, as the region vocabulary labels a province (e.g. 湖北省). */
  name: string;
  /** Name on the tile. */
  short: string;
  /** Name on the tile of the English pages. */
  en: string;
  /** Grid row and column, from 0 at the north-west. */
  row: number;
  column: number;
}

/** 23 provinces (Taiwan included), 5 autonomous regions, 4 municipalities, 2 special administrative regions. */
export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { name: '黑龙江省', short: '黑龙江', en: 'Heilongjiang', row: 0, column: 8 },
  { name: '新疆维吾尔自治区', short: '新疆', en: 'Xinjiang', row: 1, column: 0 },
  { name: '内蒙古自治区', short: '内蒙古', en: 'Inner Mongolia', row: 1, column: 5 },
  { name: '吉林省', short: '吉林', en: 'Jilin', row: 1, column: 8 },
  { name: '北京市', short: '北京', en: 'Beijing', row: 2, column: 5 },
  { name: '天津市', short: '天津', en: 'Tianjin', row: 2, column: 6 },
  { name: '辽宁省', short: '辽宁', en: 'Liaoning', row: 2, column: 7 },
  { name: '甘肃省', short: '甘肃', en: 'Gansu', row: 3, column: 2 },
  { name: '宁夏回族自治区', short: '宁夏', en: 'Ningxia', row: 3, column: 3 },
  { name: '山西省', short: '山西', en: 'Shanxi', row: 3, column: 4 },
  { name: '河北省', short: '河北', en: 'Hebei', row: 3, column: 5 },
  { name: '山东省', short: '山东', en: 'Shandong', row: 3, column: 6 },
  { name: '青海省', short: '青海', en: 'Qinghai', row: 4, column: 1 },
  { name: '陕西省', short: '陕西', en: 'Shaanxi', row: 4, column: 3 },
  { name: '河南省', short: '河南', en: 'Henan', row: 4, column: 4 },
  { name: '安徽省', short: '安徽', en: 'Anhui', row: 4, column: 5 },
  { name: '江苏省', short: '江苏', en: 'Jiangsu', row: 4, column: 6 },
  { name: '上海市', short: '上海', en: 'Shanghai', row: 4, column: 7 },
  { name: '西藏自治区', short: '西藏', en: 'Tibet', row: 5, column: 0 },
  { name: '四川省', short: '四川', en: 'Sichuan', row: 5, column: 2 },
  { name: '重庆市', short: '重庆', en: 'Chongqing', row: 5, column: 3 },
  { name: '湖北省', short: '湖北', en: 'Hubei', row: 5, column: 4 },
  { name: '江西省', short: '江西', en: 'Jiangxi', row: 5, column: 5 },
  { name: '浙江省', short: '浙江', en: 'Zhejiang', row: 5, column: 6 },
  { name: '云南省', short: '云南', en: 'Yunnan', row: 6, column: 2 },
  { name: '贵州省', short: '贵州', en: 'Guizhou', row: 6, column: 3 },
  { name: '湖南省', short: '湖南', en: 'Hunan', row: 6, column: 4 },
  { name: '广东省', short: '广东', en: 'Guangdong', row: 6, column: 5 },
  { name: '福建省', short: '福建', en: 'Fujian', row: 6, column: 6 },
  { name: '台湾省', short: '台湾', en: 'Taiwan', row: 6, column: 7 },
  { name: '广西壮族自治区', short: '广西', en: 'Guangxi', row: 7, column: 4 },
  { name: '澳门特别行政区', short: '澳门', en: 'Macao', row: 7, column: 5 },
  { name: '香港特别行政区', short: '香港', en: 'Hong Kong', row: 7, column: 6 },
  { name: '海南省', short: '海南', en: 'Hainan', row: 8, column: 4 },
];

export const TILE_ROWS = 9;
export const TILE_COLUMNS = 9;

export interface CountedTile extends ProvinceTile {
  count: number;
  /** The province's region page when the vocabulary has it, else search filtered by the province. */
  href: string;
  /** 0 (no cases) to 4 (the most), for the tile's shade. */
  shade: number;
}

/** Shade steps: a tile's count as a share of the largest count. */
const SHADES = 4;

/** The search page filtered by a province (its filter values are the vocabulary's Chinese labels). */
export const searchByProvince = (name: string, locale: Locale = 'zh') => `${pathsFor(locale).search()}?province=${encodeURIComponent(name)}`;

export function provinceTiles(library: Library, locale: Locale = 'zh'): { tiles: CountedTile[]; elsewhere: Array<{ label: string; count: number; href: string }> } {
  const terms = new Map(library.terms('region').filter((t) => t.rank === 'province').map((t) => [t.label, t]));
  const withCounts = PROVINCE_TILES.map((tile) => {
    const term = terms.get(tile.name);
    return {
      ...tile,
      // Rolled up over the province's cities and districts; only the 34 provinces are counted.
      count: term ? library.casesWithTerm('region', term.id).length : 0,
      href: term ? pathsFor(locale).term('region', term.id) : searchByProvince(tile.name, locale),
    };
  });
  const max = Math.max(1, ...withCounts.map((t) => t.count));
  return {
    tiles: withCounts.map((t) => ({ ...t, shade: t.count === 0 ? 0 : Math.max(1, Math.ceil((t.count / max) * SHADES)) })),
    elsewhere: casesElsewhere(library, locale),
  };
}

/**
 * Cases the tiles cannot show: those filed under the country itself (nationwide) and under a
 * top-level term that is no place (地区未说明), each with its region page.
 */
function casesElsewhere(library: Library, locale: Locale): Array<{ label: string; count: number; href: string }> {
  return library
    .terms('region')
    .filter((term) => term.rank === 'country' || (!term.parent && !isPlace(term)))
    .map((term) => ({
      label: term.rank === 'country' ? DICTIONARIES[locale].tileMap.nationwide : termLabel(term, locale),
      // Only the cases filed under the term itself: those below a province are on its tile.
      count: library.casesWithTerm('region', term.id).filter((c) => c.data.region === term.id).length,
      href: pathsFor(locale).term('region', term.id),
    }))
    .filter((group) => group.count > 0);
}

/** Labels of province terms (of the region vocabulary) that no tile matches: a misspelt or unofficial name. */
export function unmatchedProvinces(regionTerms: TaxonomyTerm[]): string[] {
  const names = new Set(PROVINCE_TILES.map((t) => t.name));
  return regionTerms.filter((t) => t.rank === 'province' && !names.has(t.label)).map((t) => t.label);
}
