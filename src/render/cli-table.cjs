// cli-table3 is CommonJS: required on first use, so commands that print no table (and JSON output) never
// evaluate it, while it still ships inside the one bundle (no extra file to load at run time).
let Table;

module.exports = () => {
  Table ??= require('cli-table3');
  return Table;
};
