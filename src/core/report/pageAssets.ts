/**
 * The report page's styles and its one script, written inline so the page asks nothing of anywhere.
 */

export const PAGE_STYLE = `
:root { color-scheme: light; --line: #d0d7de; --muted: #57606a; --bad: #b42318; --good: #067647; --warn: #b54708; --accent: #c00000; }
* { box-sizing: border-box; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; margin: 24px auto; max-width: 1100px; padding: 0 16px; color: #1f2328; line-height: 1.55; font-size: 15px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-top: 8px; border-top: 2px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.summary { font-size: 18px; margin: 12px 0 20px; }
.summary strong { color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; white-space: nowrap; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #afb8c1; }
caption { caption-side: top; text-align: left; color: var(--muted); font-size: 13px; padding-bottom: 4px; }
.verdict { font-weight: 600; white-space: nowrap; }
.verdict.ok { color: var(--good); }
.verdict.fix { color: var(--bad); }
.verdict.unread, .verdict.failed { color: var(--warn); }
.chart svg text { font-size: 13px; fill: #1f2328; }
.chart svg rect { fill: var(--accent); }
.chart figcaption { color: var(--muted); font-size: 13px; }
.chart { margin: 16px 0; }
.more { color: var(--muted); font-size: 13px; }
.more button { font: inherit; }
/* Each file's findings are laid out only as they come into view: 10,000 of them open at once. */
section { content-visibility: auto; contain-intrinsic-size: auto 240px; }
ol.findings { margin: 0; padding-left: 1.6em; }
ol.findings li { margin: 4px 0; }
.place { color: var(--muted); white-space: nowrap; }
.quote { background: #fff1f0; padding: 0 2px; }
.fix { color: var(--good); }
.severity-error { color: var(--bad); font-weight: 600; }
.severity-warning, .severity-info { color: var(--warn); }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  table { font-size: 9.5pt; }
  th button::after { content: "" !important; }
  tbody tr[hidden] { display: table-row; }
  .more { display: none; }
  section { content-visibility: visible; }
  caption { display: none; }
  tr, li, figure { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * Click (or Enter on) a column heading to sort the table by it; again to reverse. Keys are read
 * once and compared by one collator, and the rows are put back in one move; only the first rows
 * show (再显示 adds a page, 显示全部 the rest), so a batch of 10,000 sorts and draws at once.
 */
export const SORT_SCRIPT = `
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.querySelectorAll("th");
  var body = table.tBodies[0];
  var more = table.nextElementSibling && table.nextElementSibling.classList.contains("more") ? table.nextElementSibling : null;
  var page = more ? Number(more.getAttribute("data-page")) : Infinity;
  var shown = page;
  var collator = new Intl.Collator("zh-CN");
  function show() {
    var rows = body.rows;
    for (var i = 0; i < rows.length; i++) rows[i].hidden = i >= shown;
    if (more && shown >= rows.length) more.hidden = true;
  }
  if (more) {
    more.querySelector("[data-more]").addEventListener("click", function () { shown += page; show(); });
    more.querySelector("[data-all]").addEventListener("click", function () { shown = Infinity; show(); });
  }
  heads.forEach(function (th, column) {
    var button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = th.getAttribute("data-type") === "number";
      var keyed = Array.prototype.map.call(body.rows, function (row, i) {
        var cell = row.cells[column];
        var key = cell.getAttribute("data-sort") || cell.textContent;
        return { row: row, key: numeric ? Number(key) : key, at: i };
      });
      keyed.sort(function (a, b) {
        var order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
        return (ascending ? order : -order) || a.at - b.at;
      });
      var moved = document.createDocumentFragment();
      keyed.forEach(function (k) { moved.appendChild(k.row); });
      body.appendChild(moved);
      show();
    });
  });
});
`;
