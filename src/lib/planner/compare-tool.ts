/** Planners: footprints side by side at one ground scale (the first tool on the tool interface). */
import type { AtlasTool } from '../tools/tool.ts';
import { STRINGS } from '../i18n/strings.ts';
import ComparePanel from './ComparePanel.svelte';

export const compareTool: AtlasTool = {
  id: 'compare',
  label: STRINGS.compare,
  Panel: ComparePanel,
};
