import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

/** The single-page app, mounted into #app. */
const app = mount(App, { target: document.getElementById('app')! });

export default app;
