/** The server's `workspace/executeCommand` commands that the extension calls. */
export const SERVER_COMMANDS = {
  newProject: 'cxgov.newProject',
  generateHandbook: 'cxgov.generateHandbook',
} as const;
