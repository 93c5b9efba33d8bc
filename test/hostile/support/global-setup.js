// Starts the throwaway cluster and the hostile database before any case runs.
'use strict';
const fs = require('fs');
const path = require('path');
const { Client } = require('pg');
const { startCluster } = require('./cluster');

module.exports = async function globalSetup() {
  const state = await startCluster();
  const admin = async (database, sql) => {
    const c = new Client({ host: '127.0.0.1', port: state.port, user: 'postgres', database });
    await c.connect();
    try { await c.query(sql); } finally { await c.end(); }
  };
  await admin('postgres', 'CREATE DATABASE hostile');
  await admin('hostile', fs.readFileSync(path.join(__dirname, 'fixtures.sql'), 'utf8'));
  console.log(`\n[hostile] throwaway cluster on port ${state.port}, log ${state.log}`);
};
