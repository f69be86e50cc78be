/**
 * The touchpoint detail panel's state: which column it shows, and opening and closing its modal
 * `<dialog>` after the render that drew it (`showModal()` needs the dialog in the DOM).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the panel needs from its host. */
export interface DetailControllerOptions {
  /** The rendered dialog, or null. */
  dialog: () => HTMLDialogElement | null;
  /** The panel closed (Escape, the close button): focus goes back to the grid. */
  onClosed: () => void;
}

/** Opens and closes the map's detail panel. */
export class DetailController implements ReactiveController {
  #column: number | null = null;
  #opening = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DetailControllerOptions,
  ) {
    host.addController(this);
  }

  /** The column shown, or null while the panel is closed. */
  get column(): number | null {
    return this.#column;
  }

  /** Shows `column` in the panel, opened after the next render. */
  open(column: number): void {
    this.#column = column;
    this.#opening = true;
    this.host.requestUpdate();
  }

  /** Forgets the column (a new journey, whose touchpoint may be gone); an open dialog closes after the render. */
  reset(): void {
    this.#column = null;
    this.#opening = false;
  }

  /** The close button. */
  readonly close = (): void => {
    this.options.dialog()?.close();
  };

  /** The dialog's `close` event. */
  readonly onClose = (): void => {
    this.#column = null;
    this.options.onClosed();
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    const dialog = this.options.dialog();
    if (this.#column !== null && dialog && !dialog.open && this.#opening) {
      this.#opening = false;
      dialog.showModal();
    } else if (this.#column === null && dialog?.open) {
      dialog.close();
    }
  }
}
