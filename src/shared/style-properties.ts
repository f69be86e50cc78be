/**
 * `style=${styleProperties({ 'grid-column': '3' })}`: sets inline style properties with
 * `style.setProperty` on every render, the first included, and never writes a `style` attribute.
 *
 * Why not Lit's `styleMap`: on an element's first render `styleMap` returns its properties as
 * text, which Lit writes as a `style` attribute, and a strict `style-src` (no 'unsafe-inline')
 * blocks that (a `style-src-attr` violation); only its later updates use `setProperty`, which
 * CSP allows. Values are computed numbers or validated model colours, never CSS text from data.
 */
import { noChange } from 'lit';
import { type AttributePart, Directive, type DirectiveParameters, directive } from 'lit/directive.js';

/** CSS property names (kebab-case or custom properties) and their values; `undefined` removes one. */
export type StyleProperties = Readonly<Record<string, string | null | undefined>>;

class StylePropertiesDirective extends Directive {
  #set = new Set<string>();

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: DirectiveParameters<this>): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#set) {
      if (properties[name] === undefined || properties[name] === null) {
        style.removeProperty(name);
        this.#set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, value);
      this.#set.add(name);
    }
    return noChange;
  }
}

/** Sets inline style properties through the CSSOM (allowed under a strict CSP). */
export const styleProperties = directive(StylePropertiesDirective);
