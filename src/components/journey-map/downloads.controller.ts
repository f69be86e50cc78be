/** The toolbar's poster downloads (SVG and PNG) and the message shown when one fails. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadPoster } from './export.js';

/** Downloads the host's poster; `error` is the message of the last failed download, or null. */
export class DownloadsController implements ReactiveController {
  #error: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { toSVG(): string; toPNG(): Promise<Blob> },
    private readonly journeyId: () => string | undefined,
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

  hostConnected(): void {}

  async #download(kind: 'svg' | 'png'): Promise<void> {
    this.#error = null;
    this.host.requestUpdate();
    this.#error = await downloadPoster(this.host, kind, this.journeyId());
    this.host.requestUpdate();
  }
}
