import type { HostEnvironment } from "../selfTest/environment";
import type { WpsApplication } from "./model";
import { WPS } from "./model";
import { WpsHost } from "./WpsHost";

/**
 * WPS for 自检: its name and version, and a scratch document from Documents.Add() that is closed
 * without saving afterwards, the writer's document active again.
 */
export function wpsEnvironment(app: WpsApplication): HostEnvironment {
  return {
    host: app.Name || "WPS 文字",
    version: [app.Version, app.Build].filter(Boolean).join(" "),
    apis: ["WPS 加载项 JS API（wps.WpsApplication）"],
    openScratch: async () => {
      const writers = app.ActiveDocument;
      const scratch = app.Documents.Add();
      return {
        host: new WpsHost(app, () => scratch),
        close: () => {
          scratch.Close(WPS.wdDoNotSaveChanges);
          writers?.Activate();
        },
      };
    },
  };
}
