/**
 * Printing: while the browser prints, `printing` is true and the host lays every column out for
 * an A3 sheet (see print-styles.ts); `print()` opens the browser's print dialog.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows `beforeprint` and `afterprint` while the host is connected. */
export class PrintController implements ReactiveController {
  #printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the page is being printed now. */
  get printing(): boolean {
    return this.#printing;
  }

  /** Opens the browser's print dialog. */
  readonly print = (): void => {
    window.print();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  readonly #before = (): void => this.#set(true);
  readonly #after = (): void => this.#set(false);

  #set(printing: boolean): void {
    if (this.#printing === printing) return;
    this.#printing = printing;
    this.host.requestUpdate();
  }
}
