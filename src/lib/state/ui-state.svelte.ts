/**
 * Which panel or tool has the stage: one at a time (opening one closes the other), and Escape closes
 * it. Tools name themselves (`compare`, `measure`, …); the core state knows no tool.
 */

export class UiState {
  /** The open dialog, panel or tool, or null. */
  active = $state<string | null>(null);
  /** Narrow screens: the list slides over the map. */
  sidebarOpen = $state(false);

  open(id: string): void {
    this.active = id;
  }

  /** Closes `id` (when given, only if it is the active one). */
  close(id?: string): void {
    if (id === undefined || this.active === id) this.active = null;
  }

  toggle(id: string): void {
    this.active = this.active === id ? null : id;
  }

  isOpen(id: string): boolean {
    return this.active === id;
  }

  /** Escape: closes what is open; returns false when nothing was (the caller may then clear the selection). */
  escape(): boolean {
    if (this.active !== null) {
      this.active = null;
      return true;
    }
    if (this.sidebarOpen) {
      this.sidebarOpen = false;
      return true;
    }
    return false;
  }
}
