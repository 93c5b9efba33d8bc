/** The command tag node-postgres reports (`result.command`), derived from the statement text. */

export function commandOf(sql: string): string {
  const stripped = sql.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  const word = (/^[A-Za-z]+/.exec(stripped)?.[0] ?? '').toUpperCase();
  if (word === 'WITH') {
    // Drop string literals and every parenthesised group (the CTE bodies); the main statement's verb is left.
    let flat = stripped.replace(/'[^']*'/g, "''");
    for (let prev = ''; prev !== flat;) {
      prev = flat;
      flat = flat.replace(/\([^()]*\)/g, ' ');
    }
    const main = /\b(INSERT|UPDATE|DELETE|MERGE|SELECT)\b/i.exec(flat);
    return main ? main[1].toUpperCase() : 'SELECT';
  }
  if (word === 'VALUES' || word === 'TABLE') return 'SELECT';
  return word;
}
