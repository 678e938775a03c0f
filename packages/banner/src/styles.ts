/**
 * The banner's stylesheet, applied inside its shadow roots only (no leaks either way). Themed
 * through inheritable custom properties a site sets on `:root`: `--akkoord-bg`, `--akkoord-fg`,
 * `--akkoord-accent`, `--akkoord-accent-fg`, `--akkoord-font`. `!important` on `:host` because an
 * inner important rule beats the page's important rules, so hostile host CSS cannot hide the
 * banner. The one thing the host takes from the page is its font family: without
 * `--akkoord-font` (a `var()` without fallback is unset, so it inherits) the banner is set in the
 * page's own typeface, which looks part of the site and has no font faces of its own to load and
 * lay out before the first layer shows (docs/banner-speed.md); size and line height stay ours.
 * The three choice buttons share one rule: same size, same colours, no nudging; they sit
 * in one row where all three fit (30em) and are stacked full width where not, never two and one
 * (the flex-basis is hugely negative or hugely positive around that width, no media query). Links
 * take the text colour (underlined), so their contrast is the text's. No animation at all, so
 * nothing moves for visitors who prefer reduced motion. Every byte here is sent to every visitor.
 *
 * The switches are native checkboxes drawn with one gradient (the knob) on a track whose colours
 * have 3:1 against both themes; in forced colours (Windows high contrast) backgrounds are
 * replaced, so the native checkbox comes back. The dialog is a column: title and close button,
 * the scrolling middle, the choices, so the choices stay in view on a small phone.
 *
 * Classes are named by role (`.banner`, `.overlay`, `.dialog`, `.scroll`, `.close`, `.actions`,
 * `.placeholder`) and need no prefix: the shadow root is their scope, so a page's own `.banner`
 * never meets them. Brotli codes such common words in a few bits, so one-letter names would save
 * only about 8 B.
 */
export const CSS = `:host{all:initial!important;display:block!important;font-family:inherit!important;--b:var(--akkoord-bg,#fff);--f:var(--akkoord-fg,#1b1b1b);--a:var(--akkoord-accent,#1d3a5c);--c:var(--akkoord-accent-fg,#fff);--r:var(--akkoord-radius,8px)}
@media(prefers-color-scheme:dark){:host{--b:var(--akkoord-bg,#1c1d21);--f:var(--akkoord-fg,#eee);--a:var(--akkoord-accent,#cde);--c:var(--akkoord-accent-fg,#123)}}
*{box-sizing:border-box;margin:0;font:inherit;color:inherit}
.banner,.dialog,.placeholder{font-size:var(--akkoord-font-size,16px);line-height:1.5;font-family:var(--akkoord-font);color:var(--f);background:var(--b);border-radius:var(--r);padding:1em}
.banner,.dialog{box-shadow:var(--akkoord-shadow,0 2px 20px #0008);border:var(--akkoord-border,0);overflow:auto;max-height:calc(100% - 1em);margin:auto}
.banner,.overlay{position:fixed;z-index:2147483647}
.banner{inset:auto .5em .5em;max-width:44em}
.bar{inset:auto 0 0;max-width:none;border-radius:0;padding-inline:max(1em,50% - 27em)}
.bottom-left,.bottom-right{max-width:24em}
.bottom-left{margin-left:0}
.bottom-right{margin-right:0}
.middle{top:.5em;height:fit-content}
.overlay{inset:0;background:#000a;display:flex;padding:.5em}
.dialog{max-width:40em;display:flex;flex-direction:column}
.scroll{overflow:auto;overflow-wrap:anywhere;padding:5px;margin:0 -5px}
h2{font-size:1.2em;font-weight:700}
p,ul,h2{margin-bottom:.6em}
.actions{display:flex;flex-wrap:wrap;gap:.5em}
button{cursor:pointer;border:0;border-radius:var(--r);background:var(--a);color:var(--c);font-weight:700;padding:.7em;flex:calc((30em - 100%)*999)}
.close{float:right;background:none;color:var(--f);font-size:1.5em;line-height:1;padding:0 .2em}
:focus-visible{outline:var(--akkoord-outline,3px solid var(--f));outline-offset:2px}
ul{padding:0;list-style:none}
label{display:flex;justify-content:space-between;gap:1em;font-weight:700;border-top:1px solid #8888;padding-top:.6em}
input{appearance:none;flex:none;width:2.6em;height:1.5em;border-radius:1em;background:radial-gradient(var(--b) 50%,#0000 54%) 0/1.5em no-repeat #777;cursor:pointer}
:checked{background-color:var(--a);background-position:100%}
:indeterminate{background-position:50%}
:disabled{opacity:.5}
summary{cursor:pointer;font-size:.9em;display:flex;justify-content:space-between}
summary:after{content:"";padding:.2em;margin:auto 1em;border:solid;border-width:0 2px 2px 0;rotate:45deg}
[open]>summary:after{rotate:225deg}
small{font-size:.9em}
li li{padding-left:1em}
.placeholder{display:block;border:var(--akkoord-placeholder-border,1px dashed)}
@media(forced-colors:active){input{appearance:auto}}`;
