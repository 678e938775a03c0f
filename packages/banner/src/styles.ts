/**
 * The banner's stylesheet, applied inside its shadow roots only (no leaks either way). Themed
 * through inheritable custom properties a site sets on `:root`: `--akkoord-bg`, `--akkoord-fg`,
 * `--akkoord-accent`, `--akkoord-accent-fg`, `--akkoord-font`. `!important` on `:host` because an
 * inner important rule beats the page's important rules, so hostile host CSS cannot hide the
 * banner. The three choice buttons share one rule: same size, same colours, no nudging. Links take
 * the text colour (underlined), so their contrast is the text's. No animation at all, so nothing
 * moves for visitors who prefer reduced motion. Every byte here is sent to every visitor.
 *
 * Classes are named by role (`.banner`, `.overlay`, `.dialog`, `.actions`, `.placeholder`) and
 * need no prefix: the shadow root is their scope, so a page's own `.banner` never meets them.
 * Brotli codes such common words in a few bits, so one-letter names would save only about 8 B.
 */
export const CSS = `:host{all:initial!important;display:block!important;--b:var(--akkoord-bg,#fff);--f:var(--akkoord-fg,#1b1b1b);--a:var(--akkoord-accent,#1d3a5c);--c:var(--akkoord-accent-fg,#fff)}
@media(prefers-color-scheme:dark){:host{--b:var(--akkoord-bg,#1c1d21);--f:var(--akkoord-fg,#eee);--a:var(--akkoord-accent,#cde);--c:var(--akkoord-accent-fg,#123)}}
*{box-sizing:border-box;margin:0;font:inherit;color:inherit}
.banner,.dialog,.placeholder{font:16px/1.5 var(--akkoord-font,system-ui,sans-serif);color:var(--f);background:var(--b);border-radius:8px;padding:1em}
.banner,.dialog{box-shadow:0 2px 20px #0008;overflow:auto;max-height:calc(100vh - 1em)}
.banner,.overlay{position:fixed;z-index:2147483647}
.banner{inset:auto .5em .5em;max-width:44em;margin:auto}
.overlay{inset:0;background:#000a;display:grid;place-items:center;padding:.5em}
.dialog{max-width:40em}
h2{font-size:1.2em;font-weight:700}
p,ul,h2{margin-bottom:.6em}
.actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(9em,1fr));gap:.5em}
button{cursor:pointer;border:0;border-radius:8px;background:var(--a);color:var(--c);font-weight:700;padding:.7em}
:focus-visible{outline:3px solid var(--f);outline-offset:2px}
ul{padding:0;list-style:none}
label{display:flex;justify-content:space-between;font-weight:700;border-top:1px solid #8888;padding-top:.6em}
input{width:1.4em;height:1.4em;accent-color:var(--a)}
small{font-size:.9em}
li li{padding-left:1em}
.placeholder{display:block;border:1px dashed}`;
