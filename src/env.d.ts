declare namespace App {
  interface Locals {
    /** Set by the whole-manual page: chapter sections render one heading level lower (h3/h4). */
    headingOffset?: number;
  }
}
