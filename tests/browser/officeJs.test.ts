/**
 * The office.js the build ships, as it is: loaded from dist/ by the built task pane, in Chromium,
 * with the host information Word gives a task pane. office.js then picks and loads its Word host
 * file itself.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASELINE_MEMBERS, CAPABILITY_MEMBERS } from "../../src/host/word/capabilities";
import { NPM_LIBRARY_LACKS } from "../host/npmOfficeJs";
import { DIST, startBrowser } from "./harness";

const harness = startBrowser();

/** Word's task pane URL carries `_host_Info`: host, platform, host file version, locale. */
const WORDS = [
  { platform: "Win32", version: "16.01", file: "word-win32-16.01.js" },
  { platform: "Mac", version: "16.00", file: "word-mac-16.00.js" },
  { platform: "Web", version: "16.00", file: "word-web-16.00.js" },
];

async function openAsWord(platform: string, version: string) {
  const opened = await harness.page();
  await opened.page.goto(
    `${harness.url}taskpane.html?_host_Info=Word$${platform}$${version}$zh-CN$$$$0`
  );
  await opened.page.waitForFunction(
    () => typeof (globalThis as { Word?: { run?: unknown } }).Word?.run === "function",
    null,
    { timeout: 15_000 }
  );
  return opened;
}

describe("the office.js the production build ships", () => {
  it("is copied byte for byte from @microsoft/office-js, not minified again", () => {
    const source = join(__dirname, "../../node_modules/@microsoft/office-js/dist");
    for (const file of [
      "office.js",
      "word-win32-16.01.js",
      "word-web-16.00.js",
      join("zh-cn", "office_strings.js"),
    ]) {
      expect(
        readFileSync(join(DIST, "office", file)).equals(readFileSync(join(source, file))),
        file
      ).toBe(true);
    }
  });

  for (const { platform, version, file } of WORDS) {
    it(`loads its Word host file for Word on ${platform} and defines Office, OSF, Word.run and OfficeExtension`, async () => {
      const { page, context, requests } = await openAsWord(platform, version);
      const globals = await page.evaluate(() => {
        const g = globalThis as Record<string, unknown> & {
          Word?: { run?: unknown };
          OfficeExtension?: { ClientRequestContext?: unknown };
        };
        return {
          Office: typeof g.Office,
          OSF: typeof g.OSF,
          run: typeof g.Word?.run,
          requestContext: typeof g.OfficeExtension?.ClientRequestContext,
        };
      });
      expect(globals).toEqual({
        Office: "object",
        OSF: "object",
        run: "function",
        requestContext: "function",
      });
      expect(requests).toContain(`${harness.url}office/${file}`);
      await context.close();
    });
  }

  it("defines every Word member the host uses everywhere, and lacks exactly the newer ones the host tests model as missing", async () => {
    const { page, context } = await openAsWord("Win32", "16.01");
    const optional = Object.values(CAPABILITY_MEMBERS).flatMap((c) => c.members);
    const undefinedOf = (members: ReadonlyArray<readonly [string, string]>) =>
      page.evaluate(
        (list) => {
          const word = (
            globalThis as unknown as { Word: Record<string, { prototype?: object } | undefined> }
          ).Word;
          return list
            .filter(([cls, member]) => !(word[cls]?.prototype && member in word[cls]!.prototype!))
            .map(([cls, member]) => `${cls}.${member}`);
        },
        members as Array<[string, string]>
      );
    expect(await undefinedOf(BASELINE_MEMBERS)).toEqual([]);
    // When the package is updated, this list changes: update NPM_LIBRARY_LACKS so the host tests
    // model the library shipped.
    expect((await undefinedOf(optional)).sort()).toEqual([...NPM_LIBRARY_LACKS].sort());
    await context.close();
  });
});
