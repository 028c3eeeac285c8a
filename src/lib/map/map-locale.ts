/**
 * MapLibre's own UI strings (control tooltips, the canvas's label, the scale bar's units) in the
 * reader's language, through the map's `locale` option. English is MapLibre's default table.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale
 */
import type { Lang } from '../data/types.ts';

const ZH: Record<string, string> = {
  'AttributionControl.ToggleAttribution': '显示或隐藏署名',
  'AttributionControl.MapFeedback': '地图反馈',
  'FullscreenControl.Enter': '进入全屏',
  'FullscreenControl.Exit': '退出全屏',
  'GeolocateControl.FindMyLocation': '查找我的位置',
  'GeolocateControl.LocationNotAvailable': '无法获取位置',
  'LogoControl.Title': 'MapLibre 标志',
  'Map.Title': '地图',
  'Marker.Title': '地图标记',
  'NavigationControl.ResetBearing': '重置方向为正北',
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'Popup.Close': '关闭弹窗',
  'ScaleControl.Feet': '英尺',
  'ScaleControl.Meters': '米',
  'ScaleControl.Kilometers': '公里',
  'ScaleControl.Miles': '英里',
  'ScaleControl.NauticalMiles': '海里',
  'GlobeControl.Enable': '启用地球视图',
  'GlobeControl.Disable': '停用地球视图',
  'TerrainControl.Enable': '启用地形',
  'TerrainControl.Disable': '停用地形',
  'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 键并滚动以缩放地图',
  'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 键并滚动以缩放地图',
  'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
};

/** MapLibre's English table, as far as the atlas shows it (restored when the reader switches back). */
const EN: Record<string, string> = {
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'Map.Title': 'Map',
  'NavigationControl.ResetBearing': 'Reset bearing to north',
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'ScaleControl.Feet': 'ft',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mi',
  'ScaleControl.NauticalMiles': 'nm',
};

/** The `locale` map option for a language. */
export function mapLibreLocale(lang: Lang): Record<string, string> {
  return lang === 'zh' ? ZH : EN;
}
