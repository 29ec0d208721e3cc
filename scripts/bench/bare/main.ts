/// <reference types="svelte" />
/**
 * The bench's baseline page: the least a page can do to show Overblik's data. It asks the same
 * bridge for the same data the app loads before Overblik is ready, and lists it plainly.
 */
import { mount } from 'svelte';
import Bare from './Bare.svelte';

const target = document.getElementById('app');
if (target) mount(Bare, { target });
