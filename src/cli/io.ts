/** What a CLI subcommand gets: its arguments are passed apart; input and output go through these. */
export interface CliIo {
  stdin: () => Promise<string>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export type Subcommand = (args: string[], io: CliIo) => Promise<number>;
