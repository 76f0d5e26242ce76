/**
 * The checker's own data is missing or damaged: no file can be checked, so the command stops with
 * this message instead of calling each file unreadable.
 */
export class BrokenInstall extends Error {
  constructor() {
    super(
      "检查程序自带的数据文件 dist-cli/checks.bin 缺失或已损坏，无法检查。请重新安装 dangjian-writer（在项目文件夹中可运行 npm run build）。"
    );
    this.name = "BrokenInstall";
  }
}
