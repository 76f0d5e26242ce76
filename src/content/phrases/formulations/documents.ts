import { formulation } from "../define";

const T = "思想理论武装" as const;
const O = "组织建设" as const;
const D = "纪律与廉政建设" as const;
const I = "意识形态" as const;

/**
 * Titles of the documents reports cite most, checked where they stand between 《》. A title is a
 * fact: the year is the edition in force; the usage sentences are our own.
 */
export const DOCUMENTS = [
  formulation("doc-party-constitution", O, "党章", "《中国共产党章程》", [
    "组织党员逐条学习《中国共产党章程》，自觉用党章规范言行。",
  ], { source: { year: 2022, document: "党的二十大通过的《中国共产党章程（修正案）》" } }),
  formulation("doc-political-life-norms", O, "党内政治生活若干准则", "《关于新形势下党内政治生活的若干准则》", [
    "认真贯彻《关于新形势下党内政治生活的若干准则》，严肃党内政治生活。",
  ], { source: { year: 2016, document: "党的十八届六中全会" } }),
  formulation("doc-inner-supervision", D, "党内监督条例", "《中国共产党党内监督条例》", [
    "落实《中国共产党党内监督条例》，强化对“一把手”和领导班子的监督。",
  ], { source: { year: 2016, document: "党的十八届六中全会" } }),
  formulation("doc-branch-work", O, "支部工作条例", "《中国共产党支部工作条例（试行）》", [
    "对照《中国共产党支部工作条例（试行）》规范党支部工作。",
  ], { source: { year: 2018, document: "中共中央印发" } }),
  formulation("doc-accountability", D, "问责条例", "《中国共产党问责条例》", [
    "严格执行《中国共产党问责条例》，以问责倒逼责任落实。",
  ], { source: { year: 2019, document: "中共中央印发（修订）" } }),
  formulation("doc-leading-group", O, "党组工作条例", "《中国共产党党组工作条例》", [
    "依照《中国共产党党组工作条例》完善党组议事规则。",
  ], { source: { year: 2019, document: "中共中央印发（修订）" } }),
  formulation("doc-member-education", O, "党员教育管理工作条例", "《中国共产党党员教育管理工作条例》", [
    "按照《中国共产党党员教育管理工作条例》做好党员日常教育管理。",
  ], { source: { year: 2019, document: "中共中央印发" } }),
  formulation("doc-organs-grassroots", O, "机关基层组织工作条例", "《中国共产党党和国家机关基层组织工作条例》", [
    "贯彻《中国共产党党和国家机关基层组织工作条例》，建设模范机关。",
  ], { source: { year: 2019, document: "中共中央印发" } }),
  formulation("doc-request-report", O, "重大事项请示报告条例", "《中国共产党重大事项请示报告条例》", [
    "严格执行《中国共产党重大事项请示报告条例》，该请示的请示、该报告的报告。",
  ], { source: { year: 2019, document: "中共中央印发" } }),
  formulation("doc-inspection", D, "巡视工作条例", "《中国共产党巡视工作条例》", [
    "依据《中国共产党巡视工作条例》配合做好巡察工作。",
  ], { source: { year: 2024, document: "中共中央印发（修订）" } }),
  formulation("doc-eight-rules-details", D, "八项规定实施细则", "《中共中央政治局贯彻落实中央八项规定实施细则》", [
    "认真学习《中共中央政治局贯彻落实中央八项规定实施细则》，严格执行公务接待和差旅规定。",
  ], { source: { year: 2017, document: "中共中央政治局会议审议通过" } }),
  formulation("doc-thrift", D, "厉行节约反对浪费条例", "《党政机关厉行节约反对浪费条例》", [
    "严格执行《党政机关厉行节约反对浪费条例》，压减一般性支出。",
  ], { source: { year: 2013, document: "中共中央、国务院印发" } }),
  formulation("doc-third-plenum-2024", T, "二十届三中全会决定", "《中共中央关于进一步全面深化改革、推进中国式现代化的决定》", [
    "深入学习《中共中央关于进一步全面深化改革、推进中国式现代化的决定》，谋划本单位改革任务。",
  ], { source: { year: 2024, document: "党的二十届三中全会" } }),
  formulation("doc-fifteenth-plan-2025", T, "“十五五”规划建议", "《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》", [
    "结合学习《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》，研究本单位“十五五”时期的工作思路。",
  ], { source: { year: 2025, document: "党的二十届四中全会" } }),
  formulation("doc-governance-volumes", T, "习近平谈治国理政", "《习近平谈治国理政》", [
    "理论学习中心组专题学习《习近平谈治国理政》有关篇目。",
  ], { source: { year: 2014, document: "外文出版社出版（第一卷）" } }),
  formulation("doc-selected-works", T, "习近平著作选读", "《习近平著作选读》", [
    "组织党员原原本本学习《习近平著作选读》。",
  ], { source: { year: 2023, document: "人民出版社出版" } }),
  formulation("doc-main-responsibility", D, "落实全面从严治党主体责任规定", "《党委（党组）落实全面从严治党主体责任规定》", [
    "对照《党委（党组）落实全面从严治党主体责任规定》，细化班子成员责任清单。",
  ], { source: { year: 2020, document: "中共中央办公厅印发" } }),
  formulation("doc-top-leader-supervision", D, "加强对“一把手”和领导班子监督的意见", "《中共中央关于加强对“一把手”和领导班子监督的意见》", [
    "落实《中共中央关于加强对“一把手”和领导班子监督的意见》，完善班子内部监督。",
  ], { source: { year: 2021, document: "中共中央印发" } }),
  formulation("doc-deepen-reform-2013", T, "十八届三中全会决定", "《中共中央关于全面深化改革若干重大问题的决定》", [
    "党的十八届三中全会通过的《中共中央关于全面深化改革若干重大问题的决定》开启了全面深化改革的新征程。",
  ], { source: { year: 2013, document: "党的十八届三中全会" } }),
  formulation("doc-governance-system-2019", T, "十九届四中全会决定", "《中共中央关于坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化若干重大问题的决定》", [
    "结合学习《中共中央关于坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化若干重大问题的决定》，健全本单位制度体系。",
  ], { source: { year: 2019, document: "党的十九届四中全会" } }),
  formulation("doc-history-resolution-2021", T, "第三个历史决议", "《中共中央关于党的百年奋斗重大成就和历史经验的决议》", [
    "组织党员学习《中共中央关于党的百年奋斗重大成就和历史经验的决议》，增强历史自觉。",
  ], { source: { year: 2021, document: "党的十九届六中全会" } }),
  formulation("doc-propaganda-regulations", I, "宣传工作条例", "《中国共产党宣传工作条例》", [
    "贯彻《中国共产党宣传工作条例》，规范本单位宣传阵地管理。",
  ], { source: { year: 2019, document: "中共中央印发" } }),
  formulation("doc-cadre-up-down", O, "推进领导干部能上能下规定", "《推进领导干部能上能下规定》", [
    "执行《推进领导干部能上能下规定》，对不适宜担任现职的干部及时调整。",
  ], { source: { year: 2022, document: "中共中央办公厅印发（修订）" } }),
  formulation("doc-incentive-opinion", O, "激励干部新时代新担当新作为的意见", "《关于进一步激励广大干部新时代新担当新作为的意见》", [
    "落实《关于进一步激励广大干部新时代新担当新作为的意见》，为担当者担当。",
  ], { source: { year: 2018, document: "中共中央办公厅印发" } }),
];
