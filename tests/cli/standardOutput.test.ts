import { afterEach, describe, expect, it, vi } from "vitest";

// writeSync as the system answers it: each test says what it answers.
type Answer = (fd: number, bytes: Uint8Array, at: number) => number;
const writes = vi.hoisted(() => ({ answer: (() => 0) as Answer }));
vi.mock("node:fs", async (original) => ({
  ...(await original<typeof import("node:fs")>()),
  writeSync: (fd: number, bytes: Uint8Array, at: number) => writes.answer(fd, bytes, at),
}));

const { writerTo } = await import("../../src/cli/standardOutput");

const failure = (code: string) => Object.assign(new Error(code), { code });

describe("the command line's standard output", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes the whole text to the descriptor, however little each write takes", () => {
    const got: Buffer[] = [];
    writes.answer = (fd, bytes, at) => {
      expect(fd).toBe(1);
      const n = Math.min(5, bytes.length - at);
      got.push(Buffer.from(bytes.subarray(at, at + n)));
      return n;
    };
    writerTo(1)("第7段第25字 错误 提法不规范\n");
    expect(Buffer.concat(got).toString("utf8")).toBe("第7段第25字 错误 提法不规范\n");
  });

  it("drops the rest quietly once the reader has closed the pipe", () => {
    let calls = 0;
    writes.answer = () => {
      calls++;
      throw failure("EPIPE");
    };
    const write = writerTo(1);
    expect(() => write("一")).not.toThrow();
    write("二");
    expect(calls).toBe(1);
  });

  it("hands what is left to Node's stream when a non-blocking pipe is full", () => {
    const streamed: unknown[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
      streamed.push(chunk);
      return true;
    });
    let calls = 0;
    writes.answer = () => {
      calls++;
      if (calls === 1) return 3;
      throw failure("EAGAIN");
    };
    const write = writerTo(2);
    write("进度一");
    write("进度二");
    expect(calls).toBe(2);
    expect(streamed.map((c) => Buffer.from(c as Uint8Array).toString("utf8"))).toEqual([
      "度一",
      "进度二",
    ]);
  });

  it("reports other failures", () => {
    writes.answer = () => {
      throw failure("EIO");
    };
    expect(() => writerTo(1)("一")).toThrow("EIO");
  });
});
