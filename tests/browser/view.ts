import type { Locator, Page } from "playwright-core";

export const panel = (page: Page) => page.getByRole("tabpanel");

/** Whether an element lies inside the pane's visible area (the tab panel scrolls). */
export async function inView(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const view = await panel(page).boundingBox();
  return (
    !!box &&
    !!view &&
    box.y >= view.y - 1 &&
    box.y + box.height <= view.y + view.height + 1 &&
    box.x + box.width <= view.x + view.width + 1
  );
}
