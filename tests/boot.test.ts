import { describe, expect, it } from "vitest";
import type { OfficeLike } from "../src/taskpane/boot";
import { boot, isDark } from "../src/taskpane/boot";

function office(
  host: string | null,
  supported = true,
  background = "#ffffff",
  ready = true
): OfficeLike {
  return {
    onReady: () => (ready ? Promise.resolve({ host, platform: "PC" }) : new Promise(() => {})),
    HostType: { Word: "Word" },
    context: {
      requirements: { isSetSupported: () => supported },
      officeTheme: { bodyBackgroundColor: background },
    },
  };
}

describe("boot", () => {
  it("is ready in Word with WordApi 1.3, following the Office theme", async () => {
    expect(await boot(office("Word"))).toEqual({ kind: "ready", dark: false });
    expect(await boot(office("Word", true, "#262626"))).toEqual({ kind: "ready", dark: true });
  });

  it("refuses other hosts and Word without WordApi 1.3", async () => {
    expect(await boot(office("Excel"))).toEqual({ kind: "not-word" });
    expect(await boot(office("Word", false))).toEqual({ kind: "old-word" });
  });

  it("says office.js is missing when it did not load, or never became ready in Office", async () => {
    expect(await boot(undefined)).toEqual({ kind: "no-office" });
    expect(await boot(office("Word", true, "#fff", false), 20)).toEqual({ kind: "no-office" });
  });

  it("takes the page Office answers with no host (a browser tab) as opened outside Word", async () => {
    expect(await boot(office(null))).toEqual({ kind: "not-word" });
  });

  it("reads dark themes from the background colour", () => {
    expect(isDark("#000000")).toBe(true);
    expect(isDark("FFFFFF")).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });
});
