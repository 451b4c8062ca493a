/** A LIKE pattern matching `text` anywhere: `%`, `_` and `\` in user input are literal, not wildcards. */
export const likeContaining = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
