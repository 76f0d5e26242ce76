/** The pane's tabs, in the order they show. */
export const TAB_IDS = ["templates", "phrases", "check"] as const;

export type TabId = (typeof TAB_IDS)[number];
