/** The embed module's UI strings (kept here, not in the shared strings file). */
import type { Lang } from '../lib/data/types.ts';

export const EMBED_STRINGS = {
  share: { zh: '分享 / 嵌入', en: 'Share / Embed' },
  openFullMap: { zh: '打开完整地图', en: 'Open full map' },
  shareTitle: { zh: '分享或嵌入此视图', en: 'Share or embed this view' },
  shareLead: {
    zh: '以下代码再现当前的视图、筛选、选中地点和语言。',
    en: 'Each snippet reproduces the current view, filters, selected place and language.',
  },
  link: { zh: '链接', en: 'Link' },
  iframe: { zh: 'iframe 嵌入代码', en: 'iframe snippet' },
  element: { zh: '自定义元素代码', en: 'Custom-element snippet' },
  width: { zh: '宽度', en: 'Width' },
  height: { zh: '高度', en: 'Height' },
  autoHeight: { zh: '自动高度(需 connect.js)', en: 'Auto-height (uses connect.js)' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  copyFailed: { zh: '无法复制:请手动选择文本', en: 'Could not copy: select the text instead' },
  close: { zh: '关闭', en: 'Close' },
} satisfies Record<string, Record<Lang, string>>;
