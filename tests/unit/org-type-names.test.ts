import { describe, expect, it } from 'vitest';
import { typeProvedByName } from '../../src/schemas/org-type-names.ts';

describe('typeProvedByName()', () => {
  it('reads government offices and Party committees from their names', () => {
    for (const name of ['鄂州市审计局', '湖北省生态环境厅', '浙江省政府', '沈阳市纪委监委', '鹤峰县委政法委', '武汉市江汉区委组织部', '中共黄陂区委网信办', '惠州市委编办']) {
      expect(typeProvedByName(name), name).toBe('party-government');
    }
  });

  it('reads universities and academy institutes, and companies without their ownership', () => {
    expect(typeProvedByName('华中科技大学计算机学院')).toBe('academic');
    expect(typeProvedByName('中科院计算所')).toBe('academic');
    expect(typeProvedByName('国网湖北省电力有限公司')).toBe('enterprise');
    expect(typeProvedByName('稻花香集团')).toBe('enterprise');
  });

  it('proves nothing from a place or a vague name', () => {
    for (const name of ['惠阳区淡水街道', '湖滨街道', '仲恺高新区潼侨镇', '杭州市', '杭州市交警部门', '沈阳市信息中心', '当地水务公司']) {
      expect(typeProvedByName(name), name).toBeUndefined();
    }
  });
});
