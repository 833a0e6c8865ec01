import { describe, expect, it } from 'vitest';
import { joinFields } from '../../src/search/records.ts';

describe('joinFields', () => {
  it('separates fields with one 。 so no bigram spans two of them', () => {
    expect(joinFields(['城市大脑', '杭州市'])).toBe('城市大脑。杭州市');
  });

  it('does not double a field’s own closing punctuation', () => {
    expect(joinFields(['鄂州市审计局开展专项审计。', '湖北省 鄂州市'])).toBe('鄂州市审计局开展专项审计。湖北省 鄂州市');
    expect(joinFields(['真的吗？', '是的！'])).toBe('真的吗。是的');
  });

  it('leaves out empty fields instead of leaving a stray 。', () => {
    expect(joinFields(['摘要。', '', '  ', '湖北省'])).toBe('摘要。湖北省');
    expect(joinFields(['湖北省', ''])).toBe('湖北省');
  });
});
