import { DOCUMENT_TYPES } from "../content/documentTypes";

export const TYPES = DOCUMENT_TYPES.map((t) => t.id);
export const USAGE = `用法：dangjian check 文件或文件夹... [--type 类型] [--format text|json] [--all]
                     [--annotate 输出文件夹] [--report 报告.html] [--format-check]
                     [--requirements 单位要求文件或地址]
      dangjian format 文件.docx (-o 输出.docx | --in-place) [--font 标准字体=替代字体]

检查党建工作总结、报告（.docx 或 .txt）：必备部分、未填空白、提法、错别字、序号、年份、网站残留和标点。
给出文件夹时，检查其中（含子文件夹）所有 .docx 和 .txt 文件。
  --type      文稿类型，不写则自动识别：${TYPES.join("、")}
  --format    输出格式：text（默认，便于阅读）或 json
  --all       也列出在 Word 中已点“忽略”的问题（默认不列出）
  --annotate  把每个 .docx 的副本写入该文件夹，每个问题一条 Word 批注（原文件不变）
  --report    写一份可在浏览器中查看和打印的汇总报告（.html）
  --words     单位允许的词语（地名、人名等，不作错别字提示）：每行一词的 .txt，或带 allowedWords 的共享提法库 .json
  --format-check  也检查公文格式（GB/T 9704：字体字号、页边距、行数字数、页码），仅 .docx
  --requirements  按单位发布的要求检查（必备部分、要求写到的内容、字数）：单位共享提法库文件（.json）或其 https:// 地址

format：按 GB/T 9704 一键排版，只改格式、不改文字，原文件不变（除非 --in-place）。
  -o          输出文件
  --in-place  直接修改原文件
  --font      本机没有的字体用哪种代替，可写多次，例如 --font 仿宋_GB2312=仿宋
退出码：0 没有错误；1 有文件存在错误级问题；2 有文件无法读取或参数有误。`;
