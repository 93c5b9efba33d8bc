// Hand-written server-side versions of the workloads: what a careful engineer would write today
// without Wormhole. They do the same statements, in the same order, as the client-side variants.

export const SCHEMA_SQL = `
CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL);
CREATE TABLE ledger (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  from_id int NOT NULL, to_id int NOT NULL, amount int NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX ledger_from_idx ON ledger (from_id, id);
CREATE TABLE items (sku text PRIMARY KEY, name text NOT NULL, qty int NOT NULL);
`;

/** Seed sizes: big enough that indexes matter and transfers rarely touch the same rows. */
export const ACCOUNTS = 10_000;
export const CATALOG_ITEMS = 10_000;
const SEED_LEDGER_ROWS = 50_000;

export const SEED_SQL = `
INSERT INTO accounts SELECT g, 'owner ' || g, 1000000000 FROM generate_series(1, ${ACCOUNTS}) g;
INSERT INTO ledger (from_id, to_id, amount, created_at)
  SELECT 1 + (g::bigint * 7919) % ${ACCOUNTS}, 1 + (g::bigint * 104729) % ${ACCOUNTS}, 1 + g % 100, now() - g * interval '1 minute'
  FROM generate_series(1, ${SEED_LEDGER_ROWS}) g;
INSERT INTO items SELECT 'sku-' || g, 'item ' || g, g % 50 FROM generate_series(0, ${CATALOG_ITEMS - 1}) g;
ANALYZE;
`;

export const PLPGSQL_FUNCTIONS_SQL = `
CREATE FUNCTION bench_empty_plpgsql() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;

CREATE FUNCTION bench_transfer_plpgsql(p_from int, p_to int, p_amount int) RETURNS json
LANGUAGE plpgsql AS $$
DECLARE v_balance int; v_ledger int;
BEGIN
  SELECT balance INTO v_balance FROM accounts WHERE id = p_from FOR UPDATE;
  IF NOT FOUND THEN RAISE EXCEPTION 'no account %', p_from; END IF;
  IF v_balance < p_amount THEN RAISE EXCEPTION 'insufficient funds'; END IF;
  UPDATE accounts SET balance = balance - p_amount WHERE id = p_from;
  UPDATE accounts SET balance = balance + p_amount WHERE id = p_to;
  INSERT INTO ledger (from_id, to_id, amount) VALUES (p_from, p_to, p_amount) RETURNING id INTO v_ledger;
  RETURN json_build_object('ledgerId', v_ledger, 'balance', v_balance - p_amount);
END $$;

CREATE FUNCTION bench_dashboard_plpgsql(p_id int) RETURNS json LANGUAGE plpgsql AS $$
BEGIN
  RETURN json_build_object(
    'account', (SELECT row_to_json(a) FROM (SELECT id, owner, balance FROM accounts WHERE id = p_id) a),
    'recent', (SELECT coalesce(json_agg(r), '[]') FROM
                (SELECT id, to_id, amount, created_at FROM ledger WHERE from_id = p_id ORDER BY id DESC LIMIT 5) r),
    'stats', (SELECT json_build_object('count', count(*)::int, 'total', coalesce(sum(amount), 0)::int)
              FROM ledger WHERE from_id = p_id));
END $$;

CREATE FUNCTION bench_import_plpgsql(p_rows json) RETURNS json LANGUAGE plpgsql AS $$
DECLARE r record; v_inserted int := 0; v_skipped int := 0;
BEGIN
  FOR r IN SELECT * FROM json_to_recordset(p_rows) AS x(sku text, name text, qty int) LOOP
    PERFORM 1 FROM items WHERE sku = r.sku;
    IF FOUND THEN
      v_skipped := v_skipped + 1;
    ELSE
      INSERT INTO items (sku, name, qty) VALUES (r.sku, r.name, r.qty);
      v_inserted := v_inserted + 1;
    END IF;
  END LOOP;
  RETURN json_build_object('inserted', v_inserted, 'skipped', v_skipped);
END $$;
`;

// PL/v8 comes in two styles: plv8.execute (parse + plan every statement, every call) and plans
// prepared once per backend with plv8.prepare and kept on the global object (the fastest PL/v8
// code one can hand-write).

/**
 * The opening lines of a prepared-plans function body: on the backend's first call each statement
 * of `plans` ({ key: [sql, argument types] }) is prepared and the plans are kept on the global
 * object under `name`; then `p` holds them (p.key.execute([...])).
 */
function plansOnce(name, plans) {
  const prepare = Object.entries(plans).map(
    ([key, [sql, types]]) => `      ${key}: plv8.prepare(${JSON.stringify(sql)}, ${JSON.stringify(types)}),`);
  return `const g = globalThis;
  if (!g.${name}) {
    g.${name} = {
${prepare.join('\n')}
    };
  }
  const p = g.${name};`;
}

export const PLV8_FUNCTIONS_SQL = `
CREATE FUNCTION bench_empty_plv8() RETURNS int LANGUAGE plv8 AS $$ return 1; $$;

CREATE FUNCTION bench_plv8_memory() RETURNS json LANGUAGE plv8 AS $$
  return typeof plv8.memory_usage === 'function' ? plv8.memory_usage() : null;
$$;

CREATE FUNCTION bench_transfer_plv8_exec(p_from int, p_to int, p_amount int) RETURNS json LANGUAGE plv8 AS $$
  const rows = plv8.execute('SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', [p_from]);
  if (rows.length !== 1) throw new Error('no account ' + p_from);
  const balance = rows[0].balance;
  if (balance < p_amount) throw new Error('insufficient funds');
  plv8.execute('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [p_amount, p_from]);
  plv8.execute('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [p_amount, p_to]);
  const ledger = plv8.execute('INSERT INTO ledger (from_id, to_id, amount) VALUES ($1, $2, $3) RETURNING id',
    [p_from, p_to, p_amount]);
  return { ledgerId: ledger[0].id, balance: balance - p_amount };
$$;

CREATE FUNCTION bench_transfer_plv8_plan(p_from int, p_to int, p_amount int) RETURNS json LANGUAGE plv8 AS $$
  ${plansOnce('benchTransferPlans', {
    lock: ['SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', ['int4']],
    debit: ['UPDATE accounts SET balance = balance - $1 WHERE id = $2', ['int4', 'int4']],
    credit: ['UPDATE accounts SET balance = balance + $1 WHERE id = $2', ['int4', 'int4']],
    ledger: ['INSERT INTO ledger (from_id, to_id, amount) VALUES ($1, $2, $3) RETURNING id', ['int4', 'int4', 'int4']],
  })}
  const rows = p.lock.execute([p_from]);
  if (rows.length !== 1) throw new Error('no account ' + p_from);
  const balance = rows[0].balance;
  if (balance < p_amount) throw new Error('insufficient funds');
  p.debit.execute([p_amount, p_from]);
  p.credit.execute([p_amount, p_to]);
  const ledger = p.ledger.execute([p_from, p_to, p_amount]);
  return { ledgerId: ledger[0].id, balance: balance - p_amount };
$$;

CREATE FUNCTION bench_dashboard_plv8_exec(p_id int) RETURNS json LANGUAGE plv8 AS $$
  const account = plv8.execute('SELECT id, owner, balance FROM accounts WHERE id = $1', [p_id])[0];
  const recent = plv8.execute(
    'SELECT id, to_id, amount, created_at FROM ledger WHERE from_id = $1 ORDER BY id DESC LIMIT 5', [p_id]);
  const stats = plv8.execute(
    'SELECT count(*)::int AS count, coalesce(sum(amount), 0)::int AS total FROM ledger WHERE from_id = $1', [p_id])[0];
  return { account, recent, stats };
$$;

CREATE FUNCTION bench_dashboard_plv8_plan(p_id int) RETURNS json LANGUAGE plv8 AS $$
  ${plansOnce('benchDashboardPlans', {
    account: ['SELECT id, owner, balance FROM accounts WHERE id = $1', ['int4']],
    recent: ['SELECT id, to_id, amount, created_at FROM ledger WHERE from_id = $1 ORDER BY id DESC LIMIT 5', ['int4']],
    stats: ['SELECT count(*)::int AS count, coalesce(sum(amount), 0)::int AS total FROM ledger WHERE from_id = $1', ['int4']],
  })}
  return { account: p.account.execute([p_id])[0], recent: p.recent.execute([p_id]), stats: p.stats.execute([p_id])[0] };
$$;

CREATE FUNCTION bench_import_plv8_exec(p_rows json) RETURNS json LANGUAGE plv8 AS $$
  let inserted = 0, skipped = 0;
  for (const row of p_rows) {
    if (plv8.execute('SELECT 1 FROM items WHERE sku = $1', [row.sku]).length > 0) { skipped++; continue; }
    plv8.execute('INSERT INTO items (sku, name, qty) VALUES ($1, $2, $3)', [row.sku, row.name, row.qty]);
    inserted++;
  }
  return { inserted, skipped };
$$;

CREATE FUNCTION bench_import_plv8_plan(p_rows json) RETURNS json LANGUAGE plv8 AS $$
  ${plansOnce('benchImportPlans', {
    exists: ['SELECT 1 FROM items WHERE sku = $1', ['text']],
    insert: ['INSERT INTO items (sku, name, qty) VALUES ($1, $2, $3)', ['text', 'text', 'int4']],
  })}
  let inserted = 0, skipped = 0;
  for (const row of p_rows) {
    if (p.exists.execute([row.sku]).length > 0) { skipped++; continue; }
    p.insert.execute([row.sku, row.name, row.qty]);
    inserted++;
  }
  return { inserted, skipped };
$$;
`;
