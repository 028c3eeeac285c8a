// The example host page's script (external: the page runs under a strict CSP).
import { connect } from './connect.js';

const frame = document.getElementById('frame');
const frameLog = document.getElementById('frame-log');
const atlas = connect(frame);
// Event details are data: shown with textContent, never as HTML.
const show = (output, text) => (output.textContent = text);
atlas.ready.then((state) => show(frameLog, `ready: ${JSON.stringify(state)}`));
for (const verb of ['select', 'filter', 'view', 'lang']) atlas.on(verb, (detail) => show(frameLog, `${verb}: ${JSON.stringify(detail)}`));

for (const button of document.querySelectorAll('button[data-command]')) {
  button.addEventListener('click', () => {
    const { command, id, industries, lang } = button.dataset;
    if (command === 'select') atlas.select(id);
    if (command === 'filter') atlas.setFilter({ industries: industries ? industries.split(',') : [] });
    if (command === 'lang') atlas.setLang(lang);
  });
}

const element = document.getElementById('element');
const elementLog = document.getElementById('element-log');
for (const type of ['ready', 'select', 'filterchange', 'viewchange']) element.addEventListener(type, (event) => show(elementLog, `${type}: ${JSON.stringify(event.detail)}`));
