import { character, fixed, formulation, order } from "../define";

const I = "意识形态" as const;
const R = "责任落实" as const;
const B = "党建与业务融合" as const;

export const RESPONSIBILITY = [
  formulation("ideology-responsibility", I, "意识形态工作责任制", "意识形态工作责任制", [
    "认真落实意识形态工作责任制，牢牢掌握意识形态工作领导权。",
  ], { source: { year: 2015, document: "《党委（党组）意识形态工作责任制实施办法》" } }),
  formulation("core-values", I, "社会主义核心价值观", "富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善", [
    "大力弘扬社会主义核心价值观，培育积极健康的机关文化。",
  ], { source: { year: 2012, document: "党的十八大报告" }, wrong: [order("富强、民主、和谐、文明", undefined, "富强、民主、文明、和谐"), order("爱国、诚信、敬业、友善", undefined, "爱国、敬业、诚信、友善")] }),
  formulation("publicity-mission", I, "宣传思想工作使命任务", "举旗帜、聚民心、育新人、兴文化、展形象", [
    "围绕举旗帜、聚民心、育新人、兴文化、展形象做好宣传思想工作。",
  ], { source: { year: 2018, document: "全国宣传思想工作会议" } }),
  formulation("network-ideology", I, "网络意识形态", "网络意识形态安全", [
    "加强网络意识形态阵地建设和管理，维护网络意识形态安全。",
  ]),
  formulation("tell-china-stories", I, "讲好中国故事", "讲好中国故事，传播好中国声音", [
    "用心讲好本单位干事创业的故事，传播正能量。",
  ]),
  formulation("leadership-of-ideology", I, "意识形态工作领导权", "牢牢掌握意识形态工作领导权", [
    "坚持党管宣传、党管意识形态，牢牢掌握意识形态工作领导权。",
  ], { source: { year: 2017, document: "党的十九大报告" }, match: fixed("牢牢掌握意识形态工作领导权"), note: "党的二十大报告沿用同一表述。" }),
  formulation("main-responsibility", R, "全面从严治党主体责任", "全面从严治党主体责任", [
    "认真履行全面从严治党主体责任，推动管党治党责任层层落实。",
  ]),
  formulation("first-responsible", R, "第一责任人", "党组织书记是抓党建工作第一责任人", [
    "党组织书记切实履行抓党建第一责任人职责，做到亲自抓、带头干。",
  ]),
  formulation("secretary-duty-report", R, "述职评议考核", "党组织书记抓基层党建工作述职评议考核", [
    "严格落实党组织书记抓基层党建工作述职评议考核制度。",
  ]),
  formulation("party-building-responsibility", R, "党建工作责任制", "党建工作责任制", [
    "健全党建工作责任制，明确责任清单、任务清单。",
  ]),
  formulation("secretary-grasps", R, "书记抓、抓书记", "书记抓、抓书记", [
    "坚持书记抓、抓书记，层层传导压力、压实责任。",
  ]),
  formulation("party-governs-party", R, "管党治党", "坚持党要管党、全面从严治党", [
    "坚持党要管党、全面从严治党，以党的自我革命引领社会革命。",
  ], { source: { year: 2017, document: "党的十九大报告" } }),
  formulation("self-revolution", R, "自我革命", "党找到了自我革命这一跳出治乱兴衰历史周期率的第二个答案", [
    "深刻认识自我革命是跳出治乱兴衰历史周期率的第二个答案，始终保持清醒和坚定。",
  ], { source: { year: 2022, document: "党的二十大报告" }, match: fixed("跳出治乱兴衰历史周期率的第二个答案") }),
  formulation("around-center", B, "机关党建基本任务", "围绕中心、建设队伍、服务群众", [
    "坚持围绕中心、建设队伍、服务群众，推动党建和业务深度融合。",
  ], { source: { year: 2019, document: "《中国共产党党和国家机关基层组织工作条例》" }, wrong: [character("服务中心、建设队伍、服务群众", "应为“围绕中心”")] }),
  formulation("model-organs", B, "模范机关", "让党中央放心、让人民群众满意的模范机关", [
    "努力建设让党中央放心、让人民群众满意的模范机关。",
  ], { source: { year: 2019, document: "中央和国家机关党的建设工作会议" }, match: fixed("让党中央放心、让人民群众满意的模范机关"), wrong: [character("让党中央放心、让人民满意的模范机关", "应为“让人民群众满意”")] }),
  formulation("three-exemplars", B, "三个表率", "在深入学习贯彻习近平新时代中国特色社会主义思想上作表率，在始终同党中央保持高度一致上作表率，在坚决贯彻落实党中央各项决策部署上作表率", [
    "机关党员干部要努力做到“三个表率”。",
  ], { source: { year: 2019, document: "习近平在中央和国家机关党的建设工作会议上的讲话" }, match: fixed("在深入学习贯彻习近平新时代中国特色社会主义思想上作表率，在始终同党中央保持高度一致上作表率，在坚决贯彻落实党中央各项决策部署上作表率") }),
  formulation("high-quality-party-building", B, "高质量党建", "以高质量党建引领保障高质量发展", [
    "以高质量党建引领保障高质量发展，推动党建成效转化为发展实效。",
  ]),
  formulation("two-skins", B, "“两张皮”问题", "党建和业务“两张皮”问题", [
    "着力解决党建和业务“两张皮”问题，做到同谋划、同部署、同推进、同考核。",
  ]),
  formulation("party-building-plus", B, "党建+", "“党建+”工作模式", [
    "探索“党建+”工作模式，以党建带动业务工作提质增效。",
  ], { note: "“党建+”为各地通行的工作提法，非中央文件规范表述。" }),
];
