/** The toolbar's downloads (poster SVG and PNG, the PowerPoint deck) and the message shown when one fails. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Localizer } from '../../shared/i18n/localizer.js';
import { download, downloadPoster } from './export.js';
import { deckFileName } from './views/deck.js';

/** Downloads the host's poster; `error` is the message of the last failed download, or null. */
export class DownloadsController implements ReactiveController {
  #error: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & {
      toSVG(): string;
      toPNG(): Promise<Blob>;
      exportPptx(): Promise<Blob>;
    },
    private readonly journeyId: () => string | undefined,
    private readonly localizer: () => Localizer,
  ) {
    host.addController(this);
  }

  /** Why the last download failed (e.g. a CSP without `img-src blob:`), or null. */
  get error(): string | null {
    return this.#error;
  }

  readonly svg = (): void => {
    void this.#download('svg');
  };

  readonly png = (): void => {
    void this.#download('png');
  };

  /** Downloads the PowerPoint deck (PptxGenJS loads on the first one). */
  readonly pptx = (): void => {
    void this.#deck();
  };

  hostConnected(): void {}

  async #deck(): Promise<void> {
    this.#error = null;
    this.host.requestUpdate();
    try {
      download(await this.host.exportPptx(), deckFileName(this.journeyId()));
    } catch (error) {
      this.#error = this.localizer().messages.views.pptxFailed(error instanceof Error ? error.message : String(error));
    }
    this.host.requestUpdate();
  }

  async #download(kind: 'svg' | 'png'): Promise<void> {
    this.#error = null;
    this.host.requestUpdate();
    this.#error = await downloadPoster(this.host, kind, this.journeyId());
    this.host.requestUpdate();
  }
}
