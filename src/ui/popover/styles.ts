/** Claim cards, badges and verdicts: shared by the popover and the popup. */
export const CARD_CSS = `
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 10px 0 4px; color: #4b5563; }
p { margin: 6px 0; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
a { color: #0f5f9e; }
.meta, .figures { color: #4b5563; font-size: 13px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: 600;
  background: #e5e7eb; color: #111827; }
.badge-false, .badge-misleading { background: #fee2e2; color: #7f1d1d; }
.badge-outdated { background: #fef3c7; color: #78350f; }
.badge-confirmed, .badge-reported { background: #dcfce7; color: #14532d; }
.badge-disputed, .badge-unverified { background: #ede9fe; color: #3b0764; }
.kind { color: #4b5563; font-size: 12px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #6b7280;
  background: #f9fafb; color: #111827; cursor: pointer; }
button:hover { background: #f3f4f6; border-color: #4b5563; }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 10px; }
.hint { font-size: 12px; color: #4b5563; margin: 4px 0 0; }
@media (prefers-color-scheme: dark) {
  h3, .meta, .figures, .kind { color: #9ca3af; }
  a { color: #7cc4ff; }
  button { background: #1f2937; color: #f3f4f6; border-color: #6b7280; }
  button:hover { background: #374151; border-color: #9ca3af; }
  .hint { color: #d1d5db; }
  .badge { background: #374151; color: #f9fafb; }
  .badge-false, .badge-misleading { background: #7f1d1d; color: #fee2e2; }
  .badge-outdated { background: #78350f; color: #fef3c7; }
  .badge-confirmed, .badge-reported { background: #14532d; color: #dcfce7; }
  .badge-disputed, .badge-unverified { background: #3b0764; color: #ede9fe; }
}
`;

/** The popover's stylesheet, scoped by its shadow root; `all: initial` on the host keeps page CSS out. */
export const POPOVER_CSS = CARD_CSS + `
:host { all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; display: block; }
.card { box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #fff;
  border: 1px solid #d1d5db; border-radius: 12px; box-shadow: 0 10px 30px rgba(15,23,42,.2), 0 2px 6px rgba(15,23,42,.08);
  padding: 12px 14px 10px; animation: pop .12s ease-out; text-align: left; overscroll-behavior: contain; }
@keyframes pop { from { opacity: 0; transform: translateY(4px); } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
.head { display: flex; align-items: flex-start; gap: 8px; }
h2 { font-size: 15px; margin: 2px 0 0; flex: 1; font-weight: 700; line-height: 1.35; }
.eq { color: #6b7280; font-weight: 400; }
.norm { font-weight: 400; color: #374151; }
.verdict { margin: 10px 0 8px; padding: 7px 10px; border-radius: 8px; border-left: 4px solid; }
.verdict p { margin: 0; }
.status-line { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.agreement { font-weight: 600; margin-top: 2px !important; }
.verdict .icon { display: inline-block; width: 1.1em; text-align: center; }
.verdict-consistent { color: #14532d; background: #f0fdf4; border-color: #15803d; }
.verdict-contradicted { color: #7f1d1d; background: #fef2f2; border-color: #c81e1e; }
.verdict-outdated { color: #78350f; background: #fffbeb; border-color: #b45309; }
.verdict-unverified { color: #3b0764; background: #f5f3ff; border-color: #6d28d9; }
.verdict-unmatched { color: #374151; background: #f3f4f6; border-color: #6b7280; }
.summary { font-size: 14px; }
.close { border: none; background: transparent; font-size: 20px; line-height: 1; padding: 0 4px; color: #374151; }
.why { border-top: 1px solid #e5e7eb; margin-top: 8px; padding-top: 6px; font-size: 13px; color: #374151; }
@media (prefers-color-scheme: dark) {
  .card { background: #111827; color: #e5e7eb; border-color: #374151; box-shadow: 0 8px 28px rgba(0,0,0,.6); }
  .eq { color: #9ca3af; }
  .close { color: #d1d5db; background: transparent; }
  .why { border-color: #374151; color: #d1d5db; }
  .norm { color: #d1d5db; }
  .verdict-consistent { color: #bbf7d0; background: #052e16; border-color: #22c55e; }
  .verdict-contradicted { color: #fecaca; background: #450a0a; border-color: #f87171; }
  .verdict-outdated { color: #fde68a; background: #422006; border-color: #f59e0b; }
  .verdict-unverified { color: #ddd6fe; background: #2e1065; border-color: #a78bfa; }
  .verdict-unmatched { color: #e5e7eb; background: #1f2937; border-color: #9ca3af; }
}
`;
