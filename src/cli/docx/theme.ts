import type { ThemeFonts } from "./formatting";
import { walkXml } from "./xml";

/**
 * The theme's East Asian typefaces: a:ea when it names one, else the font for simplified Chinese
 * (script Hans), as Word picks them for text marked minorEastAsia or majorEastAsia.
 */
export function readThemeFonts(xml: string | undefined): ThemeFonts {
  const fonts: ThemeFonts = {};
  if (xml === undefined) return fonts;
  const hans: ThemeFonts = {};
  // Open a:minorFont and a:majorFont elements, counted: an element costs the same however deep it
  // is.
  const inside = { minor: 0, major: 0 };
  const count = (name: string, by: number) => {
    if (name === "a:minorFont") inside.minor += by;
    else if (name === "a:majorFont") inside.major += by;
  };
  walkXml(xml, "word/theme/theme1.xml", {
    open: (name, attributes) => {
      const which = inside.minor > 0 ? "minor" : inside.major > 0 ? "major" : undefined;
      count(name, 1);
      const typeface = attributes.typeface;
      if (!which || !typeface) return;
      if (name === "a:ea") fonts[which] = typeface;
      else if (name === "a:font" && attributes.script === "Hans") hans[which] = typeface;
    },
    close: (name) => count(name, -1),
    text: () => {},
  });
  return { minor: fonts.minor ?? hans.minor, major: fonts.major ?? hans.major };
}
