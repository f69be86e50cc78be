import { type MeasureText, estimateTextWidth } from '../layout/text.js';

/**
 * Measures drawing text with a canvas in the font family the page gives the elements. One
 * measurer is shared by every element on a page (`textMeasurer`), so a new element measures in
 * the family the last one read (most pages have one) until it reads its own: no page-wide `let`,
 * and one canvas context instead of one per element.
 */
export class TextMeasurer {
  #context: CanvasRenderingContext2D | null | undefined;
  #fontFamily = 'system-ui, sans-serif';

  /** The font family measured in. */
  get fontFamily(): string {
    return this.#fontFamily;
  }

  /**
   * Adopts `family` (read from computed style in a frame after a size report, when reading it
   * forces no layout); returns whether it changed, i.e. labels must be measured again.
   */
  adopt(family: string): boolean {
    if (!family || family === this.#fontFamily) return false;
    this.#fontFamily = family;
    return true;
  }

  /** `measure(text, fontSize, family?)`: width in px; the estimate where no canvas exists. */
  measureIn(family: string): MeasureText {
    return (text, fontSize) => {
      if (this.#context === undefined) this.#context = document.createElement('canvas').getContext('2d');
      const context = this.#context;
      if (!context) return estimateTextWidth(text, fontSize);
      context.font = `${fontSize}px ${family}`;
      // A pixel of slack for sub-pixel rounding between canvas and SVG text.
      return context.measureText(text).width + 1;
    };
  }
}

/** The measurer every element on the page shares. */
export const textMeasurer = new TextMeasurer();
