/**
 * The commands `monograph --help` lists, written out by hand (not read back from the program): a command renamed or
 * removed makes the tests that walk this list fail, instead of quietly testing fewer commands.
 */
export const COMMANDS = ['list', 'show', 'sections', 'search', 'compare', 'storage', 'dosing', 'tour', 'import', 'library', 'validate', 'completion'];
