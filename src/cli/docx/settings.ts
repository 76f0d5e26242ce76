import { walkXml } from "./xml";

/**
 * Settings add-ins stored in the document (Office.context.document.settings): properties of the
 * web-extension parts, each value the JSON of what was set. Only string values are kept.
 */
export function webExtensionSettings(parts: readonly string[]): Map<string, string> {
  const settings = new Map<string, string>();
  for (const xml of parts) {
    walkXml(xml, "word/webextensions", {
      open: (name, attributes) => {
        if (name !== "we:property") return;
        const { name: key, value: raw } = attributes;
        if (key === undefined || raw === undefined) return;
        try {
          const value: unknown = JSON.parse(raw);
          if (typeof value === "string") settings.set(key, value);
        } catch {
          // A value that is not JSON is not one of ours.
        }
      },
      close: () => {},
      text: () => {},
    });
  }
  return settings;
}
