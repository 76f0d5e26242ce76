import { character, formulation, order } from "../define";

const C = "主题教育与学习教育" as const;

export const CAMPAIGNS = [
  formulation("theme-education-2023", C, "主题教育总要求", "学思想、强党性、重实践、建新功", [
    "紧扣“学思想、强党性、重实践、建新功”的总要求，推动主题教育取得实效。",
  ], { source: { year: 2023, document: "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议" }, wrong: [order("学思想、重实践、强党性、建新功"), character("学思想、强党性、重实践、立新功", "应为“建新功”")] }),
  formulation("theme-education-2023-goals", C, "主题教育目标任务", "凝心铸魂筑牢根本、锤炼品格强化忠诚、实干担当促进发展、践行宗旨为民造福、廉洁奉公树立新风", [
    "围绕凝心铸魂筑牢根本、锤炼品格强化忠诚、实干担当促进发展、践行宗旨为民造福、廉洁奉公树立新风的目标任务推进主题教育。",
  ], { source: { year: 2023, document: "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议" } }),
  formulation("theme-education-2023-name", C, "学习贯彻习近平新时代中国特色社会主义思想主题教育", "学习贯彻习近平新时代中国特色社会主义思想主题教育", [
    "扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。",
  ], { source: { year: 2023, document: "《关于在全党开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》" } }),
  formulation("discipline-education-2024", C, "党纪学习教育", "学纪、知纪、明纪、守纪", [
    "通过党纪学习教育，推动党员干部学纪、知纪、明纪、守纪。",
  ], { source: { year: 2024, document: "中共中央办公厅《关于在全党开展党纪学习教育的通知》" }, wrong: [order("知纪、学纪、明纪、守纪")] }),
  formulation("eight-rules-education-2025", C, "深入贯彻中央八项规定精神学习教育", "深入贯彻中央八项规定精神学习教育", [
    "扎实开展深入贯彻中央八项规定精神学习教育，坚持学查改一体推进。",
  ], { source: { year: 2025, document: "中共中央办公厅《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》" } }),
  formulation("party-history-education", C, "党史学习教育", "学史明理、学史增信、学史崇德、学史力行", [
    "党史学习教育中坚持学史明理、学史增信、学史崇德、学史力行。",
  ], { source: { year: 2021, document: "党史学习教育动员大会" }, wrong: [order("学史明理、学史崇德、学史增信、学史力行")] }),
  formulation("original-aspiration-education", C, "“不忘初心、牢记使命”主题教育", "守初心、担使命，找差距、抓落实", [
    "“不忘初心、牢记使命”主题教育的总要求是守初心、担使命，找差距、抓落实。",
  ], { source: { year: 2019, document: "“不忘初心、牢记使命”主题教育工作会议" } }),
  formulation("two-studies-one-action", C, "两学一做", "学党章党规、学系列讲话，做合格党员", [
    "推进“两学一做”学习教育常态化制度化。",
  ], { source: { year: 2016, document: "《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》" } }),
  formulation("three-stricts-three-solids", C, "三严三实", "严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实", [
    "践行“三严三实”要求，做到忠诚干净担当。",
  ], { source: { year: 2014, document: "习近平参加十二届全国人大二次会议安徽代表团审议时的讲话" } }),
  formulation("mass-line-campaign", C, "党的群众路线教育实践活动总要求", "照镜子、正衣冠、洗洗澡、治治病", [
    "群众路线教育实践活动按照照镜子、正衣冠、洗洗澡、治治病的总要求开展。",
  ], { source: { year: 2013, document: "党的群众路线教育实践活动工作会议" } }),
  formulation("practical-things", C, "我为群众办实事", "“我为群众办实事”实践活动", [
    "深入开展“我为群众办实事”实践活动，着力解决群众急难愁盼问题。",
  ]),
  formulation("four-to-grassroots", C, "四下基层", "宣传党的路线方针政策下基层、调查研究下基层、信访接待下基层、现场办公下基层", [
    "传承弘扬“四下基层”优良传统，推动干部深入一线解决问题。",
  ]),
  formulation("study-check-correct", C, "学查改一体推进", "学查改一体推进", [
    "坚持学查改一体推进，以学促查、以查促改。",
  ], { source: { year: 2025, document: "深入贯彻中央八项规定精神学习教育" } }),
];
