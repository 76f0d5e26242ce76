import { Tab, TabList, tokens } from "@fluentui/react-components";
import type { TabId } from "../tabIds";
import { shellStrings as strings } from "../strings/shell";

const style = {
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  flexShrink: 0,
};

export interface TabBarProps {
  selected: TabId;
  onSelect(tab: TabId): void;
}

/**
 * The pane's tabs. Their code, with Fluent's focus management (tabster) that the arrow keys need,
 * is a chunk of its own, fetched once the first screen is live (App.tsx).
 */
export function TabBar({ selected, onSelect }: TabBarProps) {
  return (
    <TabList
      style={style}
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(data.value as TabId)}
    >
      <Tab value="templates">{strings.tabs.templates}</Tab>
      <Tab value="phrases">{strings.tabs.phrases}</Tab>
      <Tab value="check">{strings.tabs.check}</Tab>
    </TabList>
  );
}
