import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { askFirstScreen } from './lib/firstScreen';
import { osName } from './lib/platform';

// Asked first, so the answers travel while Svelte builds the page.
const first = askFirstScreen();
document.documentElement.dataset.os = osName(navigator.userAgent);

const target = document.getElementById('app');
if (!target) throw new Error('the #app element is missing from index.html');

export default mount(App, { target, props: { first } });
