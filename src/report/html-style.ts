// The status page's stylesheet, inlined: readable on a desk and on a phone (tables turn into labelled cards below
// 640 px, long ids wrap), printable, and light or dark as the reader's system is.
export const STATUS_PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --card: #f6f8fa; --line: #d1d9e0;
  --blue: #0969da; --band: rgba(9, 105, 218, 0.16); --yellow: #9a6700; --red: #cf222e; --green: #1a7f37; --orange: #bc4c00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --line: #3d444d;
  --blue: #4493f8; --band: rgba(68, 147, 248, 0.22); --yellow: #d29922; --red: #f85149; --green: #3fb950; --orange: #db6d28; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
h4 { font-size: 0.95rem; margin: 0 0 4px; }
h1, h2, h3, h4, p, li, td, th, figcaption, code { overflow-wrap: anywhere; }
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--card); padding: 1px 4px; border-radius: 4px; }
a { color: var(--blue); }
.muted, .where { color: var(--muted); }
.headline { font-weight: 600; font-size: 1.05rem; }
.meta { color: var(--muted); margin: 4px 0; }
.badge { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 0.8rem; font-weight: 600; line-height: 1.6;
  border: 1px solid currentColor; white-space: nowrap; vertical-align: middle; }
.conclusion-success, .status-below, .safeguard-satisfied, .safeguard-attested { color: var(--green); }
.conclusion-failure, .status-crossed { color: var(--red); }
.conclusion-action_required, .status-not_ruled_out, .safeguard-pending { color: var(--orange); }
.status-approaching { color: var(--yellow); }
.conclusion-neutral, .status-unevaluated { color: var(--muted); }
.nowrap { white-space: nowrap; }
.flag { color: var(--red); font-weight: 600; }
.soon { color: var(--orange); font-weight: 600; }
.caps { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr)); gap: 12px; }
.cap { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; min-width: 0; }
.cap h4 { color: var(--fg); }
.cap-status { margin: 0 0 8px; color: var(--muted); font-size: 0.85rem; }
.reason { font-size: 0.85rem; color: var(--muted); margin: 8px 0 0; }
figure.trend { margin: 0; }
figcaption { font-size: 0.8rem; color: var(--muted); text-align: center; }
svg.chart { display: block; width: 100%; height: auto; max-width: 520px; margin: 0 auto; }
svg.chart text { font: 10px system-ui, sans-serif; fill: var(--muted); }
svg.chart .tick line { stroke: var(--line); stroke-width: 1; }
svg.chart .band { fill: var(--band); stroke: none; }
svg.chart .bar { stroke: var(--blue); stroke-width: 1.5; opacity: 0.5; }
svg.chart .value { fill: none; stroke: var(--blue); stroke-width: 2; }
svg.chart .point { fill: var(--blue); stroke: var(--bg); stroke-width: 1; }
svg.chart .alert line { stroke: var(--yellow); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg.chart .alert text { fill: var(--yellow); }
svg.chart .threshold line { stroke: var(--red); stroke-width: 1.5; stroke-dasharray: 6 3; }
svg.chart .threshold text { fill: var(--red); }
.nochart { color: var(--muted); font-size: 0.85rem; font-style: italic; }
.table { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: var(--card); white-space: nowrap; }
ul.findings { padding-left: 20px; font-size: 0.9rem; }
.severity-error code { color: var(--red); }
.severity-warning code { color: var(--orange); }
.legend { font-size: 0.85rem; color: var(--muted); }
.legend span { white-space: nowrap; margin-right: 12px; }
.swatch { display: inline-block; width: 18px; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 4px; }
.swatch-value { color: var(--blue); } .swatch-alert { color: var(--yellow); } .swatch-threshold { color: var(--red); }
footer { margin: 40px 0 16px; color: var(--muted); font-size: 0.8rem; }
@media (max-width: 640px) {
  main { padding: 12px; }
  table.stack thead { display: none; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border: 1px solid var(--line); border-radius: 8px; margin-bottom: 8px; padding: 4px 0; }
  table.stack td { border: 0; padding: 2px 10px; display: grid; grid-template-columns: 6.5em minmax(0, 1fr); gap: 8px; }
  table.stack td::before { content: attr(data-label); font-size: 0.8rem; color: var(--muted); }
}
@media print { .cap { break-inside: avoid; } }
`;
