import {
  ALL_MAIN_TOPIC_IDS,
  HEADINGS,
  mainWorkSection,
  openingSection,
  plansSection,
  PROBLEMS_SECTION,
  titleSection,
} from "./templates/commonSections";
import { BRANCH_TOPICS } from "./templates/branchTopics";
import { DEMOCRATIC_LIFE_REVIEW, ORGANIZATIONAL_LIFE_REVIEW } from "./reviewTypes";
import type { DocumentTypeDef } from "./types";

const OPENING_TAIL =
  "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实新时代党的建设总要求";

export const ANNUAL_SUMMARY: DocumentTypeDef = {
  id: "annual-summary",
  name: "年度党建工作总结",
  description: "党组、党委或机关党委的年度党建工作总结，含下年工作打算",
  titleKeywords: ["党建工作总结", "党的建设工作总结", "机关党建"],
  suggestedLength: 3000,
  sections: [
    titleSection(
      ["{unit}{year}年党建工作总结及{nextYear}年工作打算", "总结及下年打算"],
      ["{unit}{year}年党建工作总结", "只写总结"]
    ),
    openingSection(
      [
        `{year}年，在上级党组织的坚强领导下，{unit}${OPENING_TAIL}，推动党建工作与业务工作深度融合、相互促进。现将{year}年党建工作情况和{nextYear}年工作打算报告如下。`,
        "党建与业务融合，报告情况和打算",
      ],
      [
        `{year}年以来，{unit}${OPENING_TAIL}，以高质量党建引领保障各项工作高质量发展。现将有关情况总结如下。`,
        "党建引领高质量发展，只作总结",
      ]
    ),
    mainWorkSection("{year}年主要工作", ALL_MAIN_TOPIC_IDS, [
      "political-building",
      "theory",
      "organization",
      "integrity",
      "ideology",
      "responsibility",
    ]),
    PROBLEMS_SECTION,
    plansSection(
      "{nextYear}年工作打算",
      "{nextYear}年，我们将坚持以习近平新时代中国特色社会主义思想为指导，聚焦全面从严治党，重点抓好以下工作："
    ),
  ],
};

export const BRANCH_SUMMARY: DocumentTypeDef = {
  id: "branch-summary",
  name: "党支部年度工作总结",
  description: "党支部一年工作的总结，突出“三会一课”、主题党日、发展党员等支部工作",
  titleKeywords: ["支部", "党支部工作总结"],
  suggestedLength: 2500,
  sections: [
    titleSection(
      ["{unit}党支部{year}年工作总结", "称“年工作总结”"],
      ["{unit}党支部{year}年度工作总结", "称“年度工作总结”"]
    ),
    openingSection(
      [
        `{year}年，{unit}党支部在上级党组织的领导下，${OPENING_TAIL}，充分发挥党支部战斗堡垒作用和党员先锋模范作用。现将全年工作总结如下。`,
        "战斗堡垒和先锋模范作用",
      ],
      [
        `{year}年以来，{unit}党支部紧紧围绕中心工作，扎实推进支部标准化规范化建设。现将有关情况总结如下。`,
        "围绕中心、标准化规范化建设",
      ]
    ),
    mainWorkSection(
      "主要工作",
      [...BRANCH_TOPICS.map((t) => t.id), ...ALL_MAIN_TOPIC_IDS],
      [
        "theory",
        "three-meetings",
        "party-day",
        "member-development",
        "organizational-life",
        "party-dues",
      ]
    ),
    PROBLEMS_SECTION,
    plansSection("下一步工作打算", "{nextYear}年，党支部将重点抓好以下工作："),
  ],
};

export const REPORT: DocumentTypeDef = {
  id: "report",
  name: "党建工作情况报告",
  description: "报送上级机关的党建工作情况报告：有主送机关，以“专此报告”结尾，署名并注明日期",
  titleKeywords: ["情况报告", "工作情况的报告", "关于"],
  suggestedLength: 3000,
  sections: [
    titleSection("关于{unit}{year}年党建工作情况的报告"),
    {
      id: "addressee",
      kind: "addressee",
      title: "主送机关",
      required: true,
      headings: [],
      paragraphs: ["{superior}："],
    },
    openingSection(
      [
        `按照{superior}工作安排，现将{unit}{year}年党建工作情况和{nextYear}年工作打算报告如下。`,
        "开门见山，报告情况和打算",
      ],
      [
        `{year}年，{unit}${OPENING_TAIL}，各项工作取得新进展。根据{superior}要求，现将有关情况报告如下。`,
        "先写一年概况",
      ]
    ),
    mainWorkSection("{year}年党建工作情况", ALL_MAIN_TOPIC_IDS, [
      "political-building",
      "theory",
      "organization",
      "integrity",
      "responsibility",
    ]),
    PROBLEMS_SECTION,
    plansSection(
      "{nextYear}年工作打算",
      "{nextYear}年，我们将认真落实{superior}部署要求，重点抓好以下工作："
    ),
    {
      id: "closing",
      kind: "closing",
      title: "结语",
      required: true,
      headings: HEADINGS.closing,
      paragraphs: ["专此报告。"],
    },
    {
      id: "signature",
      kind: "signature",
      title: "署名和日期",
      required: false,
      headings: [],
      lines: ["{unit}", "{date}"],
    },
  ],
};

export const DUTY_REPORT: DocumentTypeDef = {
  id: "duty-report",
  name: "党组织书记抓基层党建工作述职报告",
  description: "党组织书记述抓基层党建工作职责的履行情况、问题和打算",
  titleKeywords: ["述职报告", "抓基层党建", "述职"],
  suggestedLength: 2000,
  sections: [
    titleSection("{unit}党组织书记{year}年抓基层党建工作述职报告"),
    openingSection(
      `{year}年，本人认真履行抓基层党建工作第一责任人职责，${OPENING_TAIL}，推动基层党建工作全面进步、全面过硬。现将履职情况报告如下，请予评议。`
    ),
    mainWorkSection("履行抓基层党建工作职责情况", ALL_MAIN_TOPIC_IDS, [
      "responsibility",
      "political-building",
      "theory",
      "organization",
      "member-management",
      "integration",
    ]),
    { ...PROBLEMS_SECTION, title: "存在的问题及原因分析" },
    plansSection(
      "下一步工作打算",
      "下一步，本人将进一步提高政治站位，认真履行第一责任人职责，重点抓好以下工作："
    ),
  ],
};

export const DOCUMENT_TYPES: readonly DocumentTypeDef[] = [
  ANNUAL_SUMMARY,
  BRANCH_SUMMARY,
  REPORT,
  DUTY_REPORT,
  DEMOCRATIC_LIFE_REVIEW,
  ORGANIZATIONAL_LIFE_REVIEW,
];
