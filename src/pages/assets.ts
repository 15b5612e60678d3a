/**
 * The page's stylesheet and its small script, served from `/assets/` so the Content-Security-Policy
 * can forbid every inline style and script. Kept as strings in the source so the compiled build and
 * the image carry them without a copy step. Colours meet WCAG AA contrast in light and dark mode.
 */
import { createHash } from 'node:crypto';

const CSS = `
:root{--bg:#fdfcf9;--fg:#1d1f21;--muted:#555b61;--line:#d9d6cf;--card:#ffffff;--accent:#1f5f8b;--hl:#fff0a8;--hl-line:#b38600;--mention:#dcecf8;
--person:#1f5f8b;--org:#8a4b08;--place:#2e6b3a;--group:#6d3f8f;--unknown:#5b6770;--ok:#2e6b3a;--warn:#8a4b08;--bad:#a12a1f}
@media (prefers-color-scheme:dark){:root{--bg:#14171a;--fg:#e8e6e1;--muted:#a9b0b6;--line:#343a40;--card:#1c2024;--accent:#7cc0ee;--hl:#5c4a00;--hl-line:#f2c94c;--mention:#1d3a52;
--person:#7cc0ee;--org:#f0a860;--place:#83c98f;--group:#c9a3e6;--unknown:#a9b0b6;--ok:#83c98f;--warn:#f0a860;--bad:#ff8a80}}
*{box-sizing:border-box}
html{scroll-padding-top:4rem}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 Georgia,"DejaVu Serif",serif}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--hl-line);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--card);padding:.5rem 1rem;z-index:2}.skip:focus{left:1rem}
header.top,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}
header.top{padding-top:1.5rem}
h1{font-size:1.9rem;line-height:1.25;margin:.2rem 0 .6rem}
h2{font:600 1.15rem/1.3 system-ui,"DejaVu Sans",sans-serif;margin:2.2rem 0 .6rem;padding-top:.6rem;border-top:1px solid var(--line)}
.meta,.cites,figcaption,.note,.badge,nav,footer,.timeline time,.kind,.edit,.evidence,.banner{font-family:system-ui,"DejaVu Sans",sans-serif}
.meta{color:var(--muted);font-size:.9rem;margin:0}
.badge{display:inline-block;font-size:.75rem;font-weight:600;letter-spacing:.03em;text-transform:uppercase;border:1px solid currentColor;border-radius:3px;padding:0 .35rem;margin-right:.4rem}
.badge.draft{color:var(--warn)}.badge.review{color:var(--accent)}
nav.toc{margin:1rem 0 0;font-size:.9rem}nav.toc ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.summary{font-size:1.1rem}
.cites{font-size:.8rem;white-space:nowrap;color:var(--muted)}.cites a{text-decoration:none}.cites a:hover{text-decoration:underline}
ul.plain{list-style:none;padding:0;margin:0}
ul.actors>li,ul.questions>li,ul.quotes>li{padding:.5rem .6rem;margin:0 -.6rem;border-radius:4px}
ul.actors>li:hover,ul.actors>li:focus-within,ul.actors>li.active{background:var(--mention)}
.kind{font-size:.75rem;color:var(--muted);margin-left:.3rem}
.name{font-weight:700}
.role{display:block}
.why{display:block;color:var(--muted);font-style:italic}
.may{margin:.3rem 0 0 1rem;font-size:.9rem}
blockquote{margin:0;padding:.2rem 0 .2rem 1rem;border-left:4px solid var(--line);font-size:1.05rem}
blockquote p{margin:.2rem 0}
.speaker{display:block;font-size:.95rem;color:var(--muted);margin-top:.2rem}
table.claims{border-collapse:collapse;width:100%;font-size:.95rem}
table.claims th,table.claims td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.45rem .4rem}
table.claims th{font-family:system-ui,"DejaVu Sans",sans-serif;font-size:.8rem;color:var(--muted)}
.sourcing.unnamed{color:var(--warn);font-weight:600}.sourcing.on-record{color:var(--ok);font-weight:600}
ol.timeline{list-style:none;padding:0;margin:0;border-left:2px solid var(--line)}
ol.timeline li{position:relative;padding:0 0 .9rem 1rem}
ol.timeline li::before{content:"";position:absolute;left:-7px;top:.55rem;width:12px;height:12px;border-radius:50%;background:var(--accent)}
ol.timeline time{display:block;font-size:.8rem;color:var(--muted)}
article.text .para{margin:0 0 1rem}
.pnum{font:600 .75rem system-ui,"DejaVu Sans",sans-serif;color:var(--muted);text-decoration:none;margin-right:.2rem}
.s{border-radius:2px;transition:background-color .2s}
.s.mention{background:var(--mention)}
.s:target,.s.hl{background:var(--hl);box-shadow:0 0 0 2px var(--hl);outline:none}
figure.chart{margin:0}
figure.chart>svg{display:block;max-width:100%;height:auto;font:13px system-ui,"DejaVu Sans",sans-serif}
.chart .label{fill:var(--fg)}.chart .axis{fill:var(--muted);font-size:11px}.chart .grid{stroke:var(--line);stroke-width:1}
.chart .row:hover .label,.chart .row.active .label{font-weight:700}
.dot.k-person{fill:var(--person)}.dot.k-org{fill:var(--org)}.dot.k-place{fill:var(--place)}.dot.k-group{fill:var(--group)}.dot.k-unknown{fill:var(--unknown)}
.ring{fill:none;stroke:var(--fg);stroke-width:2}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.3rem}.legend{white-space:nowrap;margin-right:.6rem}.legend svg{display:inline-block;vertical-align:-2px}
details.as-text{font-size:.9rem;margin-top:.3rem}
.evidence{list-style:none;padding:0;margin:.3rem 0 0;font-size:.85rem;color:var(--muted)}.evidence q{font-style:italic}
.edit{display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin-top:.4rem;font-size:.9rem}
.edit label{display:flex;flex-direction:column;gap:.1rem}
.edit input,.edit select{font:inherit;padding:.25rem .35rem;border:1px solid var(--muted);border-radius:3px;background:var(--card);color:var(--fg);min-width:10rem}
.edit input[type=text]{min-width:min(24rem,80vw)}
.publish{position:sticky;bottom:0;background:var(--card);border-top:2px solid var(--accent);padding:.7rem 1rem;margin-top:2rem;font:.9rem system-ui,"DejaVu Sans",sans-serif;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.publish button{font:600 1rem system-ui,"DejaVu Sans",sans-serif;background:var(--accent);color:var(--bg);border:0;border-radius:4px;padding:.5rem 1.2rem;cursor:pointer}
.banner{border:2px solid var(--accent);border-radius:4px;padding:.6rem .9rem;margin:1rem 0}.banner.bad{border-color:var(--bad)}.banner.ok{border-color:var(--ok)}
.banner ul{margin:.3rem 0 0;padding-left:1.2rem}
footer{color:var(--muted);font-size:.85rem;padding:2rem 1rem 3rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:600px){body{font-size:16px}h1{font-size:1.5rem}table.claims td,table.claims th{display:block;border:0;padding:.1rem 0}table.claims tr{display:block;border-bottom:1px solid var(--line);padding:.4rem 0}table.claims thead{display:none}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--hl:#fff;--mention:#fff}nav.toc,.skip,.publish,.edit,.banner,details.as-text summary{display:none}
details.as-text[open],details.as-text{display:block}body{font-size:11pt}h2{break-after:avoid}li,blockquote,tr,figure{break-inside:avoid}a.external::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}.cites{color:#333}}
`;

const JS = `
(function(){
  "use strict";
  function clear(cls){document.querySelectorAll("."+cls).forEach(function(e){e.classList.remove(cls);});}
  function highlight(ids){clear("hl");ids.forEach(function(id){var s=document.getElementById(id);if(s)s.classList.add("hl");});}
  var group=null;
  function fromHash(){var id=decodeURIComponent(location.hash.slice(1));if(!/^s\\d+-\\d+$/.test(id))return;
    highlight(group&&group.indexOf(id)>=0?group:[id]);group=null;var s=document.getElementById(id);if(s)s.focus({preventScroll:true});}
  document.addEventListener("click",function(ev){
    var a=ev.target instanceof Element?ev.target.closest("a.cite"):null;if(!a)return;
    var box=a.closest(".cites");var id=(a.getAttribute("href")||"").slice(1);
    var ids=box&&box.dataset.group?box.dataset.group.split(" "):[id];
    if(ids.indexOf(id)<0)ids.push(id);
    group=ids;highlight(ids);
  });
  window.addEventListener("hashchange",fromHash);
  function mark(actor,on){
    clear("mention");document.querySelectorAll("[data-actor].active").forEach(function(e){e.classList.remove("active");});
    if(!on)return;
    document.querySelectorAll(".s[data-actors]").forEach(function(s){if(s.dataset.actors.split(" ").indexOf(actor)>=0)s.classList.add("mention");});
    document.querySelectorAll('[data-actor="'+actor+'"]').forEach(function(e){e.classList.add("active");});
  }
  document.querySelectorAll("[data-actor]").forEach(function(el){
    var actor=el.getAttribute("data-actor");
    el.addEventListener("mouseenter",function(){mark(actor,true);});
    el.addEventListener("mouseleave",function(){mark(actor,false);});
    el.addEventListener("focusin",function(){mark(actor,true);});
    el.addEventListener("focusout",function(){mark(actor,false);});
  });
  fromHash();
})();
`;

/** A static asset: its body, type and a short hash of its content for cache-busting URLs. */
export interface Asset {
  body: string;
  type: string;
  version: string;
}

/** The names of the page's assets, served at `/assets/<name>`. */
export type AssetName = 'page.css' | 'page.js';

const SOURCES: Record<AssetName, { body: string; type: string }> = {
  'page.css': { body: CSS, type: 'text/css; charset=utf-8' },
  'page.js': { body: JS, type: 'text/javascript; charset=utf-8' },
};

const versions = new Map<AssetName, string>();

/** An asset by name, or undefined for any other name. */
export function pageAsset(name: string): Asset | undefined {
  if (!Object.hasOwn(SOURCES, name)) return undefined;
  const source = SOURCES[name as AssetName];
  let version = versions.get(name as AssetName);
  if (!version) versions.set(name as AssetName, (version = createHash('sha256').update(source.body).digest('hex').slice(0, 12)));
  return { ...source, version };
}

/** The URL of an asset, with its version so a changed file is never read from a stale cache. */
export function assetUrl(name: AssetName): string {
  return `/assets/${name}?v=${pageAsset(name)!.version}`;
}
