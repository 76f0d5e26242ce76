import { matchAll } from "../match";
import type { Rule } from "../types";

/** What material websites leave in pasted text: paywall markers, advertising, contacts and links. */
const RESIDUE = /##\s*paid(?:begin|end)\s*##|https?:\/\/\S+|www\.[\w.-]+|会员|素材库|公众号|客服|加微信|微信号|QQ群|扫码|下载全文|全文下载|版权所有|(?<!\d)1[3-9]\d{9}(?!\d)/gi;

export const residue: Rule = {
  id: "residue",
  title: "网站残留内容",
  severity: "error",
  check: ({ paragraphs }) =>
    matchAll(residue, paragraphs, RESIDUE, (m) => ({
      message: /paid/i.test(m[0]) ? `“${m[0]}”是从素材网站复制带来的标记，应删除。` : `“${m[0]}”像是从网站复制带来的广告、联系方式或链接，请核实后删除。`,
      fix: /paid/i.test(m[0]) ? "" : undefined,
    })),
};
