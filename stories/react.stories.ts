import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createElement as h, useState } from 'react';
import { type Root, createRoot } from 'react-dom/client';
import { expect, waitFor } from 'storybook/test';
import { JourneyMap, NpsOverlay, TouchpointCard } from '../src/react/index.js';
import { healthClaim, mortgage } from './support/journeys.js';
import { elementIn, textOf, waitForPart } from './support/play.js';

/**
 * The React wrappers of `klantreis/react` (made with `@lit/react`) in a small React app: props are
 * the elements' properties, events are `on…` props. Written without JSX so the stories need no
 * React compiler; in an app it reads `<JourneyMap journey={journey} onTouchpointSelect={…} />`.
 */
const meta = {
  title: 'React/Wrappers',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

let root: Root | undefined;

/** Mounts a React element into a fresh container (unmounting the previous story's app). */
function mount(app: ReturnType<typeof h>): HTMLElement {
  root?.unmount();
  const container = document.createElement('div');
  root = createRoot(container);
  root.render(app);
  return container;
}

function JourneyApp() {
  const [loaded, setLoaded] = useState('');
  const [selected, setSelected] = useState('advice');
  const [persona, setPersona] = useState('all');
  return h(
    'div',
    { style: { display: 'grid', gap: '1rem' } },
    h(
      'p',
      { style: { margin: 0, display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' } },
      h(
        'label',
        null,
        'Persona (React state) ',
        h(
          'select',
          { value: persona, onChange: (e: { target: { value: string } }) => setPersona(e.target.value) },
          h('option', { value: 'all' }, 'All'),
          h('option', { value: 'starter' }, 'Starter'),
          h('option', { value: 'mover' }, 'Doorstromer'),
        ),
      ),
      h('output', { 'data-testid': 'loaded' }, loaded ? `Loaded: ${loaded}` : 'Loading…'),
      h('output', { 'data-testid': 'selected' }, `Selected: ${selected}`),
    ),
    h(JourneyMap, {
      journey: mortgage,
      persona,
      lanes: 'touchpoints channels emotion nps',
      onJourneyLoad: (event) => setLoaded(event.detail.journey.title),
      onTouchpointSelect: (event) => setSelected(event.detail.touchpointId),
    }),
    h(
      'div',
      { style: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: '1rem' } },
      h(TouchpointCard, { journey: mortgage, touchpoint: selected, persona, compact: true }),
      h(NpsOverlay, { journey: mortgage, touchpoint: selected, persona }),
    ),
  );
}

/** `<JourneyMap>`, `<TouchpointCard>` and `<NpsOverlay>` sharing React state. */
export const JourneyMapInReact: StoryObj = {
  render: () => mount(h(JourneyApp)),
  play: async ({ canvasElement, userEvent }) => {
    // onJourneyLoad reached React state.
    await waitFor(() =>
      expect(textOf(canvasElement.querySelector('[data-testid="loaded"]'))).toBe(
        'Loaded: Een huis kopen met een hypotheek',
      ),
    );
    const map = elementIn(canvasElement, 'journey-map');
    await waitForPart(map, 'grid');
    // A React prop change reaches the element's property.
    await userEvent.selectOptions(canvasElement.querySelector('select')!, 'starter');
    await waitFor(() => expect(map.persona).toBe('starter'));
  },
};

/** An invalid journey: `onJourneyError` receives the issues. */
export const ErrorEvent: StoryObj = {
  render: () => {
    function ErrorApp() {
      const [issues, setIssues] = useState<string[]>([]);
      return h(
        'div',
        null,
        h(JourneyMap, {
          journey: { ...healthClaim, version: 2 },
          lang: 'en',
          onJourneyError: (event) => setIssues(event.detail.issues.map((issue) => issue.path)),
        }),
        h('p', { 'data-testid': 'issues' }, `Issues reported to React: ${issues.join(', ') || 'none'}`),
      );
    }
    return mount(h(ErrorApp));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(textOf(canvasElement.querySelector('[data-testid="issues"]'))).toBe('Issues reported to React: version'),
    );
  },
};
