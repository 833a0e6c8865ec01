// What the YAML reader says when a file's YAML cannot be read, in words an editor understands
// (editors write in Chinese; the parser's own English message follows in brackets for maintainers).
// Every message is reported as `file:line: YAML: …` by the validator and the build's content gate.
import type { ErrorCode, YAMLError } from 'yaml';

/** The parser's error codes (yaml's ErrorCode), explained. */
const CODE_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: '别名（*名称）不能再带锚点或标签',
  BAD_ALIAS: '别名（*名称）写法不对',
  BAD_DIRECTIVE: '不支持以 % 开头的指令行',
  BAD_DQ_ESCAPE: '双引号里的反斜杠转义写法不对：反斜杠本身要写成 \\\\，或改用单引号',
  BAD_INDENT: '缩进不对：同一层的字段要对齐，下一层多缩进两个空格',
  BAD_PROP_ORDER: '锚点（&）或标签（!）的位置不对',
  BAD_SCALAR_START: '值不能以这个符号开头：请用引号把整个值括起来',
  BLOCK_AS_IMPLICIT_KEY: '字段名写法不对：冒号前只能是一行文字',
  BLOCK_IN_FLOW: '方括号或花括号里不能换行再写列表项或字段',
  DUPLICATE_KEY: '同一个字段写了两次：删掉其中一个',
  IMPOSSIBLE: '这一行无法读取',
  KEY_OVER_1024_CHARS: '字段名太长（超过 1024 个字符）：可能是冒号后少了空格，或少了换行',
  MISSING_CHAR: '缺少配对的符号：引号或括号没有闭合',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行：可能是少了冒号，或者值需要用引号括起来',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&名称）',
  MULTIPLE_DOCS: '一个文件只能有一份数据：删掉多余的 --- 行',
  MULTIPLE_TAGS: '一个值只能有一个标签（!名称）',
  NON_STRING_KEY: '字段名必须是文字',
  RESOURCE_EXHAUSTION: '别名展开的次数太多',
  TAB_AS_INDENT: '缩进里有制表符（Tab）：YAML 只能用空格缩进',
  TAG_RESOLVE_FAILED: '无法按所写的标签（!名称）读取这个值',
  UNEXPECTED_TOKEN: '这里有读不懂的内容：常见原因是冒号后缺空格、引号没有配对或缩进不对',
  BAD_COLLECTION_TYPE: '这个值的类型与标签不符',
};

/** A parser error (document.errors) in an editor's words, with the parser's message after it. */
export function yamlErrorMessage(error: YAMLError): string {
  const explained = Object.hasOwn(CODE_MESSAGES, error.code) ? CODE_MESSAGES[error.code] : '无法读取';
  return `${explained}（解析器：${error.message.split('\n')[0]}）`;
}

/** Problems the reader finds on the syntax tree, before turning it into data. */
export const YAML_MESSAGES = {
  missingAnchor: (name: string) => `别名 *${name} 没有对应的锚点：先在要引用的值前写 &${name}，别名只能引用写在它前面的锚点`,
  selfReference: (name: string) => `锚点 &${name} 引用了它自己：别名 *${name} 写在了 &${name} 所标记的内容里面`,
  mergeNotMapping: (kind: string) => `合并键 << 只能合并映射（“字段: 值”的集合），这里给的是${kind}`,
  tooManyAliases: (limit: number) => `别名展开的次数超过 ${limit} 次，读取会耗尽资源：请直接写出数据，不要层层引用锚点`,
  unreadable: (message: string) => `无法读取这份数据（解析器：${message.split('\n')[0]}）`,
  kindList: '列表',
  kindText: '一个单独的值',
  kindEmpty: '空值',
  kindOther: '别的内容',
} as const;
