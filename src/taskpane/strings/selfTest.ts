/** 自检's strings: loaded with 自检, not with the pane. */
export const selfTestStrings = {
  title: "自检",
  hint: "逐项试一遍本工具对文档的各项操作，结果可复制或保存为文件，交给部署人员。能新建文档时（WPS）在新建的空白文档上试，试完关闭、不保存；不能时（Word）只试不改动文档的操作。您正在编辑的文档不会被改动。",
  run: "运行自检",
  running: "正在自检……",
  host: "宿主",
  version: "版本",
  apis: "接口",
  operation: "操作",
  result: "结果",
  detail: "说明",
  summary: (passed: number, total: number) => `${passed}/${total} 项通过`,
  copy: "复制结果",
  copied: "已复制自检结果。",
  copyFailed: "无法复制，请保存为文件。",
  save: "保存为文件",
  failed: (reason: string) => `自检未能完成：${reason}`,
} as const;
