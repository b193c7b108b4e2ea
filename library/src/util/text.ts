/** The text with its first letter in upper case. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Quoted text in messages longer than this is shortened: a 10,000-character id helps no one twice. */
const MAX_QUOTED = 80;

/**
 * Shortens every long "quoted" word of a message (an id or a value without spaces: prose between
 * two quoted words must not look like one) to its start and an ellipsis.
 */
export function elideLongQuotes(message: string): string {
  return message.replace(/"([^"\s]{81,})"/g, (_, quoted: string) => `"${quoted.slice(0, MAX_QUOTED - 1)}…"`);
}
