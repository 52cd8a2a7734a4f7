/** Fills the `{name}` slots of a text; a slot without a value stays as written. */
export function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
	return text.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : slot));
}
