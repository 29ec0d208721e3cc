import { mount } from 'svelte';
import App from './App.svelte';
import { dropShownRefusals } from './lib/api';
import './app.css';

dropShownRefusals(window);

const target = document.getElementById('app');
if (target) mount(App, { target });
