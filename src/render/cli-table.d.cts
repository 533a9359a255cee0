import type Table from 'cli-table3';

declare function loadTable(): typeof Table;
export = loadTable;
