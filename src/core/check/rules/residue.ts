import { matchAll } from "../match";
import type { Rule } from "../types";

const WORDS = "会员|素材库|公众号|客服|加微信|微信号|扫码|下载全文|全文下载|版权所有|(?<!\\d)1[3-9]\\d{9}(?!\\d)";
/** What material websites leave in pasted text: paywall markers, advertising, contacts and links. */
const RESIDUE = new RegExp(`##\\s*paid(?:begin|end)\\s*##|https?:\\/\\/\\S+|www\\.[\\w.-]+|QQ群|${WORDS}`, "gi");
/** The same in a paragraph without Latin letters: only the words and phone numbers can be there. */
const RESIDUE_WORDS = new RegExp(WORDS, "g");

export const residue: Rule = {
  id: "residue",
  title: "网站残留内容",
  severity: "error",
  check: ({ paragraphs, presence: { latin } }) =>
    matchAll(residue, paragraphs, (i) => (latin[i] ? RESIDUE : RESIDUE_WORDS), (m) => ({
      message: /paid/i.test(m[0]) ? `“${m[0]}”是从素材网站复制带来的标记，应删除。` : `“${m[0]}”像是从网站复制带来的广告、联系方式或链接，请核实后删除。`,
      fix: /paid/i.test(m[0]) ? "" : undefined,
    })),
};
