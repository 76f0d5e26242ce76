import { FluentProvider, makeStyles, Tab, TabList, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { DocumentHost } from "../host/DocumentHost";
import { strings } from "./strings";
import { CheckTab } from "./tabs/CheckTab";
import { PhrasesTab } from "./tabs/PhrasesTab";
import { TemplatesTab } from "./tabs/TemplatesTab";

const useStyles = makeStyles({
  provider: { height: "100%" },
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabs: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  panel: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
  },
});

/** Marked once the task pane has rendered; the benchmark reads it. */
export const FIRST_RENDER_MARK = "dangjian:first-render";

type TabId = "templates" | "phrases" | "check";

export interface AppProps {
  host: DocumentHost;
  dark: boolean;
}

export function App({ host, dark }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>("templates");
  useEffect(() => void performance.mark(FIRST_RENDER_MARK), []);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider} applyStylesToPortals={false} lang="zh-CN">
      <div className={styles.root}>
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
          <Tab value="templates">{strings.tabs.templates}</Tab>
          <Tab value="phrases">{strings.tabs.phrases}</Tab>
          <Tab value="check">{strings.tabs.check}</Tab>
        </TabList>
        <div className={styles.panel} role="tabpanel" aria-label={strings.tabs[tab]}>
          {tab === "templates" && <TemplatesTab host={host} />}
          {tab === "phrases" && <PhrasesTab host={host} />}
          {tab === "check" && <CheckTab host={host} />}
        </div>
      </div>
    </FluentProvider>
  );
}
