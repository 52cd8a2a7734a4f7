/**
 * A build that stops for a reason it expects (content the check refuses, another build running,
 * an output folder it cannot write) ends with its message and an exit code of its own, not with a
 * stack trace: the program did its job, and the message says what to do. Anything else is a bug and
 * keeps its trace.
 */

/** Exit codes of the expected stops (from BSD's sysexits.h, which shells and CI know). */
export const EXIT = {
	/** The content check refused the content (EX_DATAERR). */
	content: 65,
	/** The output folder cannot be written (EX_CANTCREAT). */
	output: 73,
	/** Another build of the same content or output folder is running (EX_TEMPFAIL). */
	busy: 75,
} as const;

/** Prints `message` (the editors' report, in both languages) and ends the process with `code`. */
export function stopBuild(message: string, code: number): never {
	process.stderr.write(`${message.trim()}\n`);
	process.exit(code);
}
