import { matchAll } from "../match";
import type { Finding, Rule } from "../types";

const WORDS = "会员|素材库|公众号|客服|加微信|微信号|扫码|下载全文|全文下载|版权所有";
/** What material websites leave in pasted text: paywall markers, advertising and links. */
const RESIDUE = new RegExp(`##\\s*paid(?:begin|end)\\s*##|https?:\\/\\/\\S+|www\\.[\\w.-]+|QQ群|${WORDS}`, "gi");
/** The same in a paragraph without Latin letters: only the words can be there. */
const RESIDUE_WORDS = new RegExp(WORDS, "g");
/**
 * A mobile number, looked for only in a line already showing advertising or links: a report may
 * well end with 联系人 and 联系电话, and that number is no residue.
 */
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

function describe(m: RegExpExecArray): { message: string; fix?: string } {
  const marker = /paid/i.test(m[0]);
  return marker
    ? { message: `“${m[0]}”是从素材网站复制带来的标记，应删除。`, fix: "" }
    : { message: `“${m[0]}”像是从网站复制带来的广告、联系方式或链接，请核实后删除。` };
}

export const residue: Rule = {
  id: "residue",
  title: "网站残留内容",
  severity: "error",
  check: ({ paragraphs, presence: { latin } }) => {
    const found = matchAll(residue, paragraphs, (i) => (latin[i] ? RESIDUE : RESIDUE_WORDS), describe);
    const advertising = new Set(found.filter((f) => f.fix === undefined).map((f) => f.paragraph));
    const phones = matchAll(residue, paragraphs, (i) => (advertising.has(i) ? PHONE : undefined), describe);
    return phones.length === 0 ? found : [...found, ...phones].sort((a: Finding, b: Finding) => a.paragraph - b.paragraph || a.start - b.start);
  },
};
