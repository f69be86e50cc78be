// Types for the few untyped modules the stories import.

// bench/generate.js is plain JavaScript; the stories use its deterministic journeys.
declare module '*/bench/generate.js' {
  export function generateJourney(n: number, seed?: number): import('../../src/model/index.js').JourneyInput;
}

// react-dom ships no types and @types/react-dom is not a dependency: the one call the React stories make.
declare module 'react-dom/client' {
  export interface Root {
    render(children: import('react').ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}

declare module '*.csv?raw' {
  const text: string;
  export default text;
}
