/** Exit statuses: commands return one; only `bin/` sets the process's. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Where a command's action leaves its status for `main` to return (commander's actions return nothing). */
export interface ExitStatus {
  code: number;
}
