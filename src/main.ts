import { standaloneHost } from './lib/host/host.ts';
import { mountAtlas } from './lib/host/mount.ts';
import { defaultLang } from './lib/i18n/strings.ts';
import './app.css';

const target = document.getElementById('app')!;
mountAtlas(target, standaloneHost(window, target, { assetBase: import.meta.env.BASE_URL, fallbackLang: defaultLang(navigator.language) }));
// In a frame: the parent page may drive the map by postMessage (allowed origins only). The bridge is
// its own chunk: a page that is not framed never loads it.
if (window.parent !== window)
  import('./embed/bridge.ts').then(({ connectParent }) => connectParent(window, target, { buildOrigins: import.meta.env.VITE_EMBED_ORIGINS }));
