/** A CLI command: one file under src/cli/commands/ exporting `command`. */
export interface Command {
  name: string;
  /** One line for `whosaid --help`. */
  summary: string;
  /** Full usage text for `whosaid NAME --help`. */
  usage: string;
  /** Runs the command; resolves to the process exit code (0 ok, 1 some inputs failed, 2 usage). */
  run(argv: string[]): Promise<number>;
}

/** Thrown for bad command-line usage; main prints the message and exits 2. */
export class UsageError extends Error {}
