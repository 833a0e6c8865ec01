import { expect, it } from 'vitest';
import { categoryTierNote } from '../../src/library/format.ts';

it('shows a category’s tier only when its name does not already say it', () => {
  expect(categoryTierNote({ name: '政务服务组十佳', tier: '十佳' })).toBeUndefined();
  expect(categoryTierNote({ name: '“他山之玉”参考案例', tier: '参考' })).toBeUndefined();
  expect(categoryTierNote({ name: '政务服务组', tier: '十佳' })).toBe('十佳');
  expect(categoryTierNote({ name: '政务服务组' })).toBeUndefined();
});
