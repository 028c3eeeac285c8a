// Records the atlas elements' events for the tests (an external script: host pages run under a strict CSP).
window.atlasEvents = [];
for (const type of ['ready', 'select', 'filterchange', 'viewchange']) {
  document.addEventListener(type, (event) => {
    if (event.target instanceof HTMLElement && event.target.localName === 'medpark-atlas') window.atlasEvents.push({ element: event.target.id, type, detail: event.detail });
  }, true);
}
