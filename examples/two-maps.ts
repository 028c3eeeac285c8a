/**
 * Test harness (and example): two atlas instances on one page, each with its own in-memory URL, so
 * neither touches the page's history, title or ids. The second lives in a shadow root.
 */
import { embeddedHost } from '../src/lib/host/host.ts';
import { mountAtlas } from '../src/lib/host/mount.ts';
import '../src/app.css';

const assetBase = new URL('../', location.href).href;
const first = document.getElementById('first')!;
mountAtlas(first, embeddedHost(window, first, { assetBase, fallbackLang: 'en', url: { search: '?lang=en' } }));

// The shadow root gets a copy of the page's styles (the custom element adopts its own).
const host = document.getElementById('second')!;
const shadow = host.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync([...document.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
shadow.adoptedStyleSheets = [sheet];
const second = document.createElement('div');
second.style.cssText = 'position:absolute;inset:0';
shadow.append(second);
mountAtlas(second, embeddedHost(window, second, { assetBase, fallbackLang: 'zh', url: { search: '?industry=tcm' } }));
