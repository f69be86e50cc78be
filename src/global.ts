/**
 * Entry of `dist/klantreis.min.js`: one `<script>` tag registers every element and exposes
 * `window.Klantreis` for pages without a build step.
 */
import './define.js';
import * as analytics from './analytics/index.js';
import { fromMermaid, parseJourney } from './model/index.js';

declare global {
  interface Window {
    Klantreis: typeof api;
  }
}

const api = Object.freeze({ parseJourney, fromMermaid, ...analytics });
window.Klantreis = api;
