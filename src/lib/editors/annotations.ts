/**
 * Content problems as GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`),
 * so that a pull request shows each problem on the line it is about. Problems without a line are
 * shown on the file. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Problem } from '../check/index.ts';

/** Escapes the message of a workflow command (%, CR and LF). */
function escapeData(s: string): string {
	return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value of a workflow command (also `:` and `,`, which separate properties). */
function escapeProperty(s: string): string {
	return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One `::error` (or `::warning`) line per problem, titled with its id and field, Vietnamese first, then English, on two lines of the annotation. */
export function toAnnotations(problems: readonly Problem[]): string[] {
	return problems.map((p) => {
		const props = [`file=${escapeProperty(p.file)}`];
		if (p.line !== undefined) props.push(`line=${p.line}`);
		if (p.column !== undefined) props.push(`col=${p.column}`);
		props.push(`title=${escapeProperty(`${p.id} ${p.field || p.file}`)}`);
		return `::${p.severity} ${props.join(',')}::${escapeData(`vi: ${p.vi}\nen: ${p.en}`)}`;
	});
}
