/**
 * The stylesheet of the annotated page. Levels differ by colour and by the
 * style of their underline (solid, dashed, dotted), so that a reader who
 * cannot tell the colours apart still can; the cards are CSS only.
 */
export const styles = `
:root { --high: #1b6e36; --medium: #8a5200; --low: #a4231b; --ink: #1d1d1f; --card: #1d1d1f; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.65 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f6f6f4; }
.ra { max-width: 76rem; margin: 0 auto; padding: 1.5rem; }
.ra-head h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
.ra-legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; list-style: none; padding: 0; margin: 0 0 1.25rem; font-size: .9rem; }
.ra-body { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 2rem; align-items: start; }
@media (max-width: 52rem) { .ra-body { grid-template-columns: 1fr; } }
.ra-doc { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 1.5rem 1.75rem; border-radius: .5rem; box-shadow: 0 1px 3px rgba(0, 0, 0, .12); }
.ra-s { position: relative; }
[data-level] { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 4px; }
.ra-s[data-level] { cursor: help; border-radius: .2rem; }
[data-level="high"] { text-decoration-style: solid; text-decoration-color: var(--high); background: rgba(27, 110, 54, .08); }
[data-level="medium"] { text-decoration-style: dashed; text-decoration-color: var(--medium); background: rgba(138, 82, 0, .08); }
[data-level="low"] { text-decoration-style: dotted; text-decoration-color: var(--low); background: rgba(164, 35, 27, .08); }
.ra-s[data-level]:focus { outline: 2px solid #0b57d0; outline-offset: 2px; }
.ra-s[data-level]::after {
  content: attr(data-tip); display: none; position: absolute; left: 0; top: calc(100% + .35rem); z-index: 10;
  width: max-content; max-width: min(30rem, 80vw); white-space: pre-line; padding: .6rem .8rem; border-radius: .4rem;
  background: var(--card); color: #fff; font-size: .85rem; line-height: 1.45; box-shadow: 0 4px 14px rgba(0, 0, 0, .25);
}
.ra-s[data-level]:hover::after, .ra-s[data-level]:focus::after { display: block; }
.ra-key { display: inline-block; padding: 0 .3rem; border-radius: .25rem; font-weight: 600; white-space: nowrap; }
[data-level="high"].ra-key { color: var(--high); }
[data-level="medium"].ra-key { color: var(--medium); }
[data-level="low"].ra-key { color: var(--low); }
.ra-side { font-size: .92rem; }
.ra-side h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
.ra-side section { background: #fff; padding: 1rem 1.25rem; border-radius: .5rem; box-shadow: 0 1px 3px rgba(0, 0, 0, .12); margin-bottom: 1.25rem; }
.ra-side table { width: 100%; border-collapse: collapse; }
.ra-side th, .ra-side td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid #e4e4e0; vertical-align: top; }
.ra-side tbody th { font-weight: 600; }
.ra-side td .ra-key { display: block; width: max-content; }
.ra-side dl { display: grid; grid-template-columns: 1fr auto; gap: .25rem 1rem; margin: 0; }
.ra-side dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
@media print {
  body { background: #fff; }
  .ra-body { display: block; }
  .ra-doc, .ra-side section { box-shadow: none; border: 1px solid #ccc; }
  .ra-s[data-level]::after { display: none !important; }
  .ra-legend li:last-child { display: none; }
}
`
