import { mount } from 'svelte';
import './fonts.css';
import './app.css';
import App from './App.svelte';
import { askFirstScreen } from './lib/firstScreen';

// Asked first, so the answers travel while Svelte builds the page.
const first = askFirstScreen();

const target = document.getElementById('app');
if (!target) throw new Error('the #app element is missing from index.html');

export default mount(App, { target, props: { first } });
