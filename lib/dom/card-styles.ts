/**
 * The card's own style sheet, inside its closed shadow root (page CSS cannot reach it). The
 * host's position is set inline with !important (see card.ts): a `:host` rule marked
 * !important would beat it.
 */
export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #8c959f; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.2); padding: 10px 12px;
  width: min(380px, calc(100vw - 16px)); max-height: min(60vh, 440px); overflow: auto; }
h2 { font-size: 14px; margin: 0 0 4px; font-weight: 600; }
p { margin: 4px 0; }
.value { color: #3d444d; }
.verdict { display: inline-block; font-weight: 600; border-radius: 4px; padding: 0 6px;
  border: 1px solid currentColor; }
.verdict.agrees, .stance.agrees { color: #1a7f37; }
.verdict.disagrees, .stance.disagrees { color: #cf222e; }
.verdict.mixed { color: #9a6700; }
.verdict.unreferenced { color: #57606a; }
ul { list-style: none; margin: 8px 0 0; padding: 0; }
li { border-top: 1px solid #d1d9e0; padding: 6px 0; }
.title { font-weight: 600; }
.stance { font-weight: 600; }
.reason { color: #3d444d; }
blockquote { margin: 4px 0 0; padding-left: 8px; border-left: 3px solid #d1d9e0; color: #1f2328; }
mark { background: #fff8c5; color: inherit; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #6e7681; }
  .value, .reason { color: #b7bdc8; }
  li { border-color: #30363d; }
  blockquote { border-color: #30363d; color: #e6edf3; }
  mark { background: #6c5800; color: #ffffff; }
  .verdict.agrees, .stance.agrees { color: #3fb950; }
  .verdict.disagrees, .stance.disagrees { color: #ff7b72; }
  .verdict.mixed { color: #d29922; }
  .verdict.unreferenced { color: #9198a1; }
}
`;
