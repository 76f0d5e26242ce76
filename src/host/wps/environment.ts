import type { HostEnvironment } from "../selfTest/environment";
import type { WpsApplication } from "./model";
import { WPS } from "./model";
import type { DocumentHost } from "../DocumentHost";
import type { WpsDocument } from "./model";

/**
 * WPS for 自检: its name and version, and a scratch document from Documents.Add() that is closed
 * without saving afterwards, the writer's document active again.
 */
export function wpsEnvironment(
  app: WpsApplication,
  hostOn: (document: () => WpsDocument) => DocumentHost
): HostEnvironment {
  return {
    host: app.Name || "WPS 文字",
    version: [app.Version, app.Build].filter(Boolean).join(" "),
    apis: ["WPS 加载项 JS API（wps.WpsApplication）"],
    openScratch: async () => {
      const writers = app.ActiveDocument;
      const scratch = app.Documents.Add();
      return {
        host: hostOn(() => scratch),
        close: () => {
          scratch.Close(WPS.wdDoNotSaveChanges);
          writers?.Activate();
        },
      };
    },
  };
}
