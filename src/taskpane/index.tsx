import { createRoot } from "react-dom/client";
import { WordHost } from "../host/word/WordHost";
import { App } from "./App";
import type { OfficeLike } from "./boot";
import { boot } from "./boot";
import { BootMessage } from "./components/BootMessage";
import { strings } from "./strings";

const root = createRoot(document.getElementById("root")!);
root.render(<BootMessage loading={strings.boot.loading} />);

const office = (globalThis as { Office?: OfficeLike }).Office;
void boot(office).then((result) => {
  switch (result.kind) {
    case "ready":
      return root.render(<App host={new WordHost()} dark={result.dark} />);
    case "not-word":
      return root.render(<BootMessage {...strings.boot.notInWord} />);
    case "old-word":
      return root.render(<BootMessage {...strings.boot.oldWord} />);
    case "no-office":
      return root.render(<BootMessage {...strings.boot.noOffice} />);
  }
});
