import { character, fixed, formulation, list, notFixed, order } from "../define";

const C = "组织建设" as const;
const M = "党员教育管理" as const;

export const ORGANIZATION = [
  formulation("three-meetings-one-lesson", C, "三会一课", "定期召开支部党员大会、支部委员会、党小组会，按时上好党课", [
    "严格落实“三会一课”制度，提高组织生活质量。",
  ], { source: { year: 2018, document: "《中国共产党支部工作条例（试行）》" }, match: list("支部党员大会、支部委员会、党小组会、党课") }),
  formulation("theme-party-day", C, "主题党日", "党支部每月相对固定1天开展主题党日", [
    "坚持每月开展主题党日活动，增强组织生活的吸引力。",
  ], { source: { year: 2018, document: "《中国共产党支部工作条例（试行）》" } }),
  formulation("organizational-life-meeting", C, "组织生活会", "党支部每年至少召开1次组织生活会", [
    "认真开好组织生活会，严肃开展批评和自我批评。",
  ], { source: { year: 2018, document: "《中国共产党支部工作条例（试行）》" } }),
  formulation("member-development-policy", C, "发展党员总要求", "控制总量、优化结构、提高质量、发挥作用", [
    "按照控制总量、优化结构、提高质量、发挥作用的总要求做好发展党员工作。",
  ], { source: { year: 2014, document: "《中国共产党发展党员工作细则》" }, wrong: [order("控制总量、提高质量、优化结构、发挥作用")] }),
  formulation("fighting-fortress", C, "战斗堡垒作用", "充分发挥基层党组织战斗堡垒作用和党员先锋模范作用", [
    "充分发挥党支部战斗堡垒作用和党员先锋模范作用。",
  ], { wrong: [character("战斗保垒", "应为“堡垒”", "战斗堡垒")] }),
  formulation("branch-standardization", C, "党支部标准化规范化建设", "党支部标准化规范化建设", [
    "深入推进党支部标准化规范化建设，推动党支部全面进步、全面过硬。",
  ]),
  formulation("two-coverages", C, "两个覆盖", "党的组织覆盖和工作覆盖", [
    "扩大党的组织覆盖和工作覆盖，消除空白点。",
  ]),
  formulation("political-organizational-functions", C, "增强党组织政治功能和组织功能", "增强党组织政治功能和组织功能", [
    "以增强党组织政治功能和组织功能为重点，把基层党组织建设成为坚强战斗堡垒。",
  ], { source: { year: 2022, document: "党的二十大报告" }, match: fixed("增强党组织政治功能和组织功能") }),
  formulation("organizational-strength", C, "以提升组织力为重点，突出政治功能", "以提升组织力为重点，突出政治功能", [
    "党的十九大报告提出，以提升组织力为重点，突出政治功能。",
  ], { source: { year: 2017, document: "党的十九大报告" }, status: "historical", supersededBy: "political-organizational-functions", note: "党的二十大起表述为“增强党组织政治功能和组织功能”；回顾党的十九大时引用原文不算错误。" }),
  formulation("party-building-five", C, "党的建设总体布局", "党的政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中", [
    "全面推进党的政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中。",
  ], { source: { year: 2017, document: "党的十九大报告" }, match: list("政治建设、思想建设、组织建设、作风建设、纪律建设"), wrong: [order("党的思想建设、政治建设、组织建设、作风建设、纪律建设")] }),
  formulation("good-cadre", C, "好干部标准", "信念坚定、为民服务、勤政务实、敢于担当、清正廉洁", [
    "坚持好干部标准，选优配强党支部书记和党务干部。",
  ], { source: { year: 2013, document: "全国组织工作会议" } }),
  formulation("loyal-clean-responsible", C, "忠诚干净担当", "忠诚干净担当", [
    "建设忠诚干净担当的高素质专业化干部队伍。",
  ]),
  formulation("four-self", C, "四个自我", "自我净化、自我完善、自我革新、自我提高", [
    "不断增强党自我净化、自我完善、自我革新、自我提高能力。",
  ], { source: { year: 2012, document: "党的十八大报告" }, wrong: [order("自我净化、自我完善、自我提高、自我革新")] }),
  formulation("four-tests", C, "四大考验", "执政考验、改革开放考验、市场经济考验、外部环境考验", [
    "清醒认识党面临的“四大考验”的长期性和复杂性。",
  ], { source: { year: 2012, document: "党的十八大报告" } }),
  formulation("four-dangers", C, "四种危险", "精神懈怠危险、能力不足危险、脱离群众危险、消极腐败危险", [
    "清醒认识“四种危险”的尖锐性和严峻性，增强忧患意识。",
  ], { source: { year: 2012, document: "党的十八大报告" } }),
  formulation("three-basics", C, "三基建设", "基层组织、基础工作、基本能力", [
    "加强机关党建“三基”建设，夯实基层基础。",
  ], { note: "“三基”的具体内容各地表述不一，以本地区文件为准。", match: notFixed }),
  formulation("four-speak-four-have", M, "四讲四有", "讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为", [
    "教育党员做讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为的合格党员。",
  ], { source: { year: 2016, document: "“两学一做”学习教育" } }),
  formulation("pioneer-role", M, "先锋模范作用", "党员先锋模范作用", [
    "引导党员在急难险重任务中冲锋在前，充分发挥先锋模范作用。",
  ]),
  formulation("criticism-self-criticism", M, "批评和自我批评", "开展批评和自我批评", [
    "认真开展批评和自我批评，让咬耳扯袖、红脸出汗成为常态。",
  ]),
  formulation("heart-to-heart-talk", M, "谈心谈话", "谈心谈话制度", [
    "坚持谈心谈话制度，及时掌握党员思想动态。",
  ]),
  formulation("democratic-evaluation", M, "民主评议党员", "民主评议党员", [
    "按照规定程序组织开展民主评议党员。",
  ]),
  formulation("party-dues", M, "党费收缴使用管理", "党费收缴、使用和管理", [
    "严格按照规定做好党费收缴、使用和管理工作。",
  ]),
  formulation("oath", M, "入党誓词", "重温入党誓词", [
    "组织党员重温入党誓词，进一步坚定理想信念。",
  ]),
  formulation("oath-text", M, "入党誓词（全文）", "我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员义务，执行党的决定，严守党的纪律，保守党的秘密，对党忠诚，积极工作，为共产主义奋斗终身，随时准备为党和人民牺牲一切，永不叛党。", [
    "新党员面向党旗庄严宣誓：“我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员义务，执行党的决定，严守党的纪律，保守党的秘密，对党忠诚，积极工作，为共产主义奋斗终身，随时准备为党和人民牺牲一切，永不叛党。”",
  ], { source: { year: 2022, document: "《中国共产党章程》第六条" }, match: fixed("为共产主义奋斗终身，随时准备为党和人民牺牲一切，永不叛党"), note: "转载中“履行党员义务”后有作分号的，故只逐字比对誓词末句。" }),
  formulation("precise-education", M, "党员教育培训", "党员教育培训工作规划", [
    "落实党员教育培训工作规划，提高党员教育培训的针对性和实效性。",
  ]),
  formulation("cadre-four-qualities", C, "干部队伍“四化”", "努力实现干部队伍的革命化、年轻化、知识化、专业化", [
    "按照干部队伍革命化、年轻化、知识化、专业化的要求，加强年轻干部培养。",
  ], { source: { year: 2022, document: "《中国共产党章程》第六章 党的干部" }, match: list("革命化、年轻化、知识化、专业化") }),
  formulation("four-qualified", M, "四个合格", "政治合格、执行纪律合格、品德合格、发挥作用合格", [
    "对照政治合格、执行纪律合格、品德合格、发挥作用合格的标准，开展民主评议党员。",
  ], { source: { year: 2017, document: "习近平对推进“两学一做”学习教育常态化制度化作出的重要指示" } }),
  formulation("four-haves-county", M, "县委书记“四有”", "心中有党、心中有民、心中有责、心中有戒", [
    "领导干部要始终做到心中有党、心中有民、心中有责、心中有戒。",
  ], { source: { year: 2015, document: "习近平同中央党校第一期县委书记研修班学员座谈时的讲话" } }),
  formulation("inner-party-life-four", C, "党内政治生活“四性”", "政治性、时代性、原则性、战斗性", [
    "严肃认真开好组织生活会，着力增强党内政治生活的政治性、时代性、原则性、战斗性。",
  ], { source: { year: 2016, document: "《关于新形势下党内政治生活的若干准则》" } }),
  formulation("grassroots-fortress-2022", C, "有效实现党的领导的坚强战斗堡垒", "把基层党组织建设成为有效实现党的领导的坚强战斗堡垒", [
    "坚持大抓基层的鲜明导向，把基层党组织建设成为有效实现党的领导的坚强战斗堡垒。",
  ], { source: { year: 2022, document: "党的二十大报告" }, match: fixed("把基层党组织建设成为有效实现党的领导的坚强战斗堡垒") }),
  formulation("grassroots-five-functions", C, "基层党组织的功能定位", "宣传党的主张、贯彻党的决定、领导基层治理、团结动员群众、推动改革发展", [
    "把党支部建设成为宣传党的主张、贯彻党的决定、领导基层治理、团结动员群众、推动改革发展的坚强战斗堡垒。",
  ], { source: { year: 2017, document: "党的十九大报告" } }),
  formulation("cadre-up-down", M, "能者上、优者奖、庸者下、劣者汰", "推动干部能上能下、能进能出，形成能者上、优者奖、庸者下、劣者汰的良好局面", [
    "完善干部考核评价，形成能者上、优者奖、庸者下、劣者汰的良好局面。",
  ], { source: { year: 2022, document: "党的二十大报告" }, match: list("能者上、优者奖、庸者下、劣者汰"), variants: [{ text: "能者上、庸者下、劣者汰", source: "2015年6月中共中央政治局会议（推进领导干部能上能下）" }] }),
  formulation("five-excellences", M, "五个过硬", "信念过硬、政治过硬、责任过硬、能力过硬、作风过硬", [
    "坚持好干部标准，突出信念过硬、政治过硬、责任过硬、能力过硬、作风过硬。",
  ], { source: { year: 2018, document: "中共中央办公厅《关于进一步激励广大干部新时代新担当新作为的意见》" } }),
  formulation("cadres-who-deliver", M, "敢于负责、勇于担当、善于作为、实绩突出", "大力选拔敢于负责、勇于担当、善于作为、实绩突出的干部", [
    "注重选拔敢于负责、勇于担当、善于作为、实绩突出的干部。",
  ], { source: { year: 2018, document: "中共中央办公厅《关于进一步激励广大干部新时代新担当新作为的意见》" }, match: list("敢于负责、勇于担当、善于作为、实绩突出") }),
  formulation("grassroots-orientation", C, "大抓基层的鲜明导向", "坚持大抓基层的鲜明导向", [
    "坚持大抓基层的鲜明导向，推动资源力量向基层党支部倾斜。",
  ], { source: { year: 2022, document: "党的二十大报告" }, match: fixed("大抓基层的鲜明导向") }),
];
