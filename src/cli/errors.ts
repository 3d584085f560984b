/** A problem with the call or its input: a German one-line message for the user, exit code 2. */
export class CliError extends Error {}
