/** Mounts one atlas instance into an element, with the host that says what the page around it allows. */
import { mount, unmount } from 'svelte';
import App from '../../App.svelte';
import type { AtlasHost } from './host.ts';

export function mountAtlas(target: HTMLElement, host: AtlasHost): { destroy(): void } {
  const app = mount(App, { target, props: { host } });
  return { destroy: () => unmount(app) };
}
