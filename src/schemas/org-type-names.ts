// When an organisation's name alone proves its type (schemas/case.ts `organisations[].type`): the
// rule, written once. A type that the name does not prove needs a source that states it; otherwise
// the type is left out and shown as 未说明. A place name (…街道, …镇, 杭州市) or a vague one
// (…部门, …中心) proves nothing: the acting body could be a Party committee, a government office
// or a public institution.

/** Name endings (or beginnings) that prove a type, with an example of each. */
export const ORG_TYPE_NAME_RULES = [
  // Government offices and Party committees: 鄂州市审计局, 湖北省生态环境厅, 浙江省政府,
  // 沈阳市纪委监委, 鹤峰县委政法委, 武汉市江汉区委组织部, 中共黄陂区委网信办, 惠州市委编办.
  { type: 'party-government', pattern: /(?:局|厅|委员会|委|政府)$|^中共.+委|[省市区县]委(?:组织部|宣传部|编办|网信办)$/u },
  // Universities and their schools or teams, and the Chinese Academy of Sciences' institutes:
  // 华中科技大学计算机学院, 华北电力大学…实验室, 中科院计算所.
  { type: 'academic', pattern: /大学|^(?:中国科学院|中科院).+所$/u },
  // Companies: the name says enterprise but not whose (国有 or 民营 needs a source).
  { type: 'enterprise', pattern: /(?:有限公司|分公司|集团)$/u },
] as const;

/** The org-type term an organisation's name proves, or undefined when it proves none. */
export function typeProvedByName(name: string): string | undefined {
  return ORG_TYPE_NAME_RULES.find((rule) => rule.pattern.test(name))?.type;
}
