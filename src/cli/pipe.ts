/** A reader that closes early (`| head`) is not an error: the command ends quietly instead of with a stack trace. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
