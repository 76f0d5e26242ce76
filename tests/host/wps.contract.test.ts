import { FakeWps } from "../../src/host/wps/fake/FakeWps";
import { WpsHost } from "../../src/host/wps/WpsHost";
import { hostContract } from "./contract";

hostContract("wps", (paragraphs, selection) => {
  const app = new FakeWps(paragraphs);
  const doc = app.ActiveDocument!;
  if (selection) doc.setSelection(selection.start, selection.end);
  return { host: new WpsHost(app), texts: () => doc.texts() };
});
