import type { DocumentTypeDef } from "../../content/types";

/**
 * What an organisation requires for one year, as read from its file: the types it published or
 * varied.
 */
export interface Requirements {
  /** Who published them: 市直机关工委. */
  issuer: string;
  /** The year they hold for. */
  year: number;
  /** The notice's name, where the file gives it. */
  notice?: string;
  /**
   * Each type complete, with `publishedBy` set: a built-in id replaces that type, another id adds
   * one.
   */
  types: readonly DocumentTypeDef[];
}

export type ParsedRequirements =
  { ok: true; requirements: Requirements } | { ok: false; error: string };
