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
  walkXml(xml, "word/theme/theme1.xml", {
    open: (name, attributes, path) => {
      const which = path.includes("a:minorFont") ? "minor" : path.includes("a:majorFont") ? "major" : undefined;
      const typeface = attributes.typeface;
      if (!which || !typeface) return;
      if (name === "a:ea") fonts[which] = typeface;
      else if (name === "a:font" && attributes.script === "Hans") hans[which] = typeface;
    },
    close: () => {},
    text: () => {},
  });
  return { minor: fonts.minor ?? hans.minor, major: fonts.major ?? hans.major };
}
