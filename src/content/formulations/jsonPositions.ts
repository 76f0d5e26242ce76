/** A JSON value with the line it starts on, so that a mistake in a data file can be pointed at. */
export type Located =
  | {
      line: number;
      kind: "object";
      entries: Map<string, Located>;
      keyLines: Map<string, number>;
      value: unknown;
    }
  | { line: number; kind: "array"; items: Located[]; value: unknown }
  | { line: number; kind: "scalar"; value: unknown };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message);
  }
}

/** Parses JSON text keeping each value's line (1-based). Standard JSON only. */
export function parseLocated(text: string): Located {
  let i = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, line);
  };
  const space = () => {
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === "\n") line++;
      else if (c !== " " && c !== "\t" && c !== "\r" && c !== "\uFEFF") break;
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === "\\") i++;
      else if (c === '"') break;
      else if (c === "\n") fail("字符串中有换行（缺少右引号？）");
    }
    if (i >= text.length) fail("字符串缺少右引号");
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail("字符串中有无效的转义");
    }
  };
  const value = (): Located => {
    space();
    const at = line;
    const c = text[i];
    if (c === "{") {
      i++;
      const entries = new Map<string, Located>();
      const keyLines = new Map<string, number>();
      const out: Record<string, unknown> = {};
      space();
      if (text[i] === "}") {
        i++;
        return { line: at, kind: "object", entries, keyLines, value: out };
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail("此处应为带引号的字段名");
        const keyLine = line;
        const key = string();
        if (entries.has(key)) fail(`字段“${key}”重复`);
        space();
        if (text[i] !== ":") fail(`字段“${key}”后缺少冒号`);
        i++;
        const v = value();
        entries.set(key, v);
        keyLines.set(key, keyLine);
        out[key] = v.value;
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return { line: at, kind: "object", entries, keyLines, value: out };
        }
        fail("此处应为逗号或右花括号（多了或少了逗号？）");
      }
    }
    if (c === "[") {
      i++;
      const items: Located[] = [];
      space();
      if (text[i] === "]") {
        i++;
        return { line: at, kind: "array", items, value: [] };
      }
      for (;;) {
        items.push(value());
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return { line: at, kind: "array", items, value: items.map((x) => x.value) };
        }
        fail("此处应为逗号或右方括号（多了或少了逗号？）");
      }
    }
    if (c === '"') return { line: at, kind: "scalar", value: string() };
    const literal = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 40)
    );
    if (!literal)
      return fail(i >= text.length ? "文件意外结束" : `无法识别的内容“${text.slice(i, i + 8)}”`);
    i += literal[0].length;
    return { line: at, kind: "scalar", value: JSON.parse(literal[0]) };
  };
  const root = value();
  space();
  if (i < text.length) fail("数据结束后还有多余内容");
  return root;
}
