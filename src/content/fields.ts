import type { FieldDef } from "./types";

/** Every blank a template may use. */
export const FIELDS: readonly FieldDef[] = [
  { id: "unit", label: "单位名称", kind: "text", inForm: true },
  { id: "year", label: "年度", kind: "year", inForm: true },
  {
    id: "nextYear",
    label: "下一年度",
    kind: "year",
    inForm: false,
    derivedFrom: { field: "year", add: 1 },
  },
  { id: "superior", label: "上级机关", kind: "text", inForm: true },
  { id: "date", label: "成文日期", kind: "date", inForm: false },
  { id: "studyCount", label: "理论学习中心组集中学习次数", kind: "count", inForm: false },
  { id: "meetingCount", label: "专题研究党建工作会议次数", kind: "count", inForm: false },
  { id: "lectureCount", label: "讲党课次数", kind: "count", inForm: false },
  { id: "partyDayCount", label: "主题党日活动次数", kind: "count", inForm: false },
  { id: "newMemberCount", label: "发展党员人数", kind: "count", inForm: false },
  { id: "trainingCount", label: "党员培训人次", kind: "count", inForm: false },
  { id: "talkCount", label: "谈心谈话人次", kind: "count", inForm: false },
  { id: "warningCount", label: "警示教育次数", kind: "count", inForm: false },
  { id: "ideologyCount", label: "专题研究意识形态工作次数", kind: "count", inForm: false },
  { id: "memberCount", label: "党员人数", kind: "count", inForm: false },
  { id: "instance", label: "具体事例（时间、事项、数字）", kind: "text", inForm: false },
];

/** What an empty field becomes in the document: a visible blank the checklist finds. */
export const BLANK = "〔　〕";
