/**
 * What the add-in's document settings are named in the file: Word keeps them with the add-in, under
 * this prefix.
 */
export const DOCUMENT_SETTING_PREFIX = "dangjian.";

export function storedSettingName(key: string): string {
  return DOCUMENT_SETTING_PREFIX + key;
}
