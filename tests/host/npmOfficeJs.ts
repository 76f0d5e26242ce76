/**
 * What the npm package @microsoft/office-js, as the build ships it, lacks of the Word members the
 * host may use. tests/browser/officeJs.test.ts reads the real files and fails when this list no
 * longer holds.
 */
export const NPM_LIBRARY_LACKS = [
  "Section.pageSetup",
  "Font.nameFarEast",
  "Font.nameAscii",
  "Font.nameOther",
  "Paragraph.getText",
  "Range.insertField",
  "Body.getTrackedChanges",
];
