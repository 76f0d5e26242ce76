import { character, fixed, formulation, order, truncated } from "../define";

const C = "思想理论武装" as const;

export const THEORY = [
  formulation("xi-thought", C, "习近平新时代中国特色社会主义思想", "习近平新时代中国特色社会主义思想", [
    "坚持用习近平新时代中国特色社会主义思想凝心铸魂，推动学习往深里走、往心里走、往实里走。",
  ], { source: { year: 2017, document: "党的十九大报告" }, match: fixed("习近平新时代中国特色社会主义思想"), wrong: [truncated("新时代中国特色社会主义思想", "缺少“习近平”，应写全称"), character("习近平新时代中国特色社会主义理论", "应为“思想”")] }),
  formulation("marxism-sinicization", C, "马克思主义中国化时代化", "不断谱写马克思主义中国化时代化新篇章", [
    "坚持解放思想、实事求是，推进马克思主义中国化时代化。",
  ], { source: { year: 2022, document: "党的二十大报告" }, match: fixed("马克思主义中国化时代化") }),
  formulation("six-musts", C, "六个必须坚持", "必须坚持人民至上，必须坚持自信自立，必须坚持守正创新，必须坚持问题导向，必须坚持系统观念，必须坚持胸怀天下", [
    "深刻把握“六个必须坚持”，掌握贯穿其中的立场观点方法。",
  ], { source: { year: 2022, document: "党的二十大报告" } }),
  formulation("learn-think-apply", C, "学思用贯通、知信行统一", "学思用贯通、知信行统一", [
    "坚持学思用贯通、知信行统一，把学习成效体现到推动工作上来。",
  ]),
  formulation("read-originals", C, "读原著、学原文、悟原理", "读原著、学原文、悟原理", [
    "坚持读原著、学原文、悟原理，原原本本学、逐章逐节读。",
  ], { source: { year: 2023, document: "《关于在全党开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》" }, note: "出处据公开报道，未能逐字核对原文。" }),
  formulation("study-four-goals", C, "以学铸魂、以学增智、以学正风、以学促干", "以学铸魂、以学增智、以学正风、以学促干", [
    "坚持以学铸魂、以学增智、以学正风、以学促干，推动理论学习成果转化为工作成效。",
  ], { source: { year: 2023, document: "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议" }, wrong: [order("以学增智、以学铸魂、以学正风、以学促干")] }),
  formulation("central-group", C, "理论学习中心组", "党委（党组）理论学习中心组", [
    "发挥理论学习中心组示范带动作用，领导班子成员带头学、带头讲、带头用。",
  ], { wrong: [character("理论中心学习组", "应为“理论学习中心组”", "理论学习中心组")] }),
  formulation("xuexi-qiangguo", C, "“学习强国”学习平台", "“学习强国”学习平台", [
    "用好“学习强国”学习平台，推动党员日常学习常态化。",
  ]),
  formulation("worldview-methodology", C, "世界观和方法论", "把握好习近平新时代中国特色社会主义思想的世界观和方法论", [
    "把握好贯穿其中的世界观和方法论，提高运用党的创新理论解决实际问题的能力。",
  ], { source: { year: 2022, document: "党的二十大报告" } }),
  formulation("two-consolidations", C, "两个巩固", "巩固马克思主义在意识形态领域的指导地位，巩固全党全国人民团结奋斗的共同思想基础", [
    "围绕“两个巩固”做好宣传思想工作。",
  ], { source: { year: 2013, document: "全国宣传思想工作会议" }, match: fixed("巩固马克思主义在意识形态领域的指导地位，巩固全党全国人民团结奋斗的共同思想基础") }),
];
