import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.js';

// Controls and API tables come from the manifest the analyzer generates from each class's JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is checked with axe; a violation fails its test (CI runs them with addon-vitest).
    a11y: { test: 'error' },
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Docs',
          ['Journey model', 'Theming', 'Embedding'],
          'Playground',
          'Elements',
          ['journey-map', 'emotion-curve', 'nps-overlay', 'touchpoint-card'],
          'React',
        ],
      },
    },
  },
  tags: ['autodocs'],
};
export default preview;
