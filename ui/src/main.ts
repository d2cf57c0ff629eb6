import { mount } from 'svelte';
import './fonts.css';
import './app.css';
import App from './App.svelte';
import { askFirstScreen } from './lib/firstScreen';

// Taken from the page's head script, which asked before this code loaded.
const first = askFirstScreen();

const target = document.getElementById('app');
if (!target) throw new Error('the #app element is missing from index.html');

// Mounted once the answers are in (they usually are by now), so the first
// screen laid out and painted is the real one and not "Opening your
// workspace…" first; a slow open shows that screen after a moment.
const moment = new Promise((resolve) => setTimeout(resolve, 100));
void Promise.race([first.catch(() => {}), moment]).then(() => mount(App, { target, props: { first } }));
