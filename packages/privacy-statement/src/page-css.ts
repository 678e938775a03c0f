/**
 * Stylesheet of the standalone statement page: readable line length, system fonts, tables that
 * scroll sideways on phones inside a focusable wrapper, and a plain print layout. Scoped to `.ps`
 * so it can also be pasted into a site.
 */
export const PAGE_CSS = `:root{color-scheme:light dark}
body{margin:0;background:Canvas;color:CanvasText;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.ps{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}
.ps h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}
.ps h2{font-size:1.4rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:1px solid color-mix(in srgb,CanvasText 20%,transparent)}
.ps h3{font-size:1.1rem;margin:1.75rem 0 .5rem}
.ps a{color:LinkText;text-underline-offset:.15em}
.ps ul{padding-left:1.25rem}
.ps li{margin:.25rem 0}
.ps .ps-scroll{overflow-x:auto;margin:1rem 0}
.ps table{width:100%;min-width:34rem;border-collapse:collapse;font-size:.9375rem}
.ps th,.ps td{border:1px solid color-mix(in srgb,CanvasText 25%,transparent);padding:.4rem .6rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
.ps th{background:color-mix(in srgb,CanvasText 6%,transparent)}
@media print{body{font-size:11pt;background:#fff;color:#000}.ps .ps-scroll{overflow:visible}.ps table{min-width:0}.ps{max-width:none;padding:0}.ps a{color:inherit}.ps h2{break-after:avoid}.ps table,.ps li{break-inside:avoid}}
`;
