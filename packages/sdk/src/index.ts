/**
 * pg-wormhole: ordinary TypeScript functions that run inside PostgreSQL in one round trip.
 *
 *   import { connect } from 'pg-wormhole';
 *   const wh = await connect(process.env.DATABASE_URL);
 *   const transfer = wh.remote(async (db, from: number, to: number, amount: number) => { … });
 *   await transfer(1, 2, 50);
 */
export { connect, Wormhole } from './wormhole';
export type { WormholeOptions, RemoteOptions, ConnectTarget, ServerTarget, ClusterTarget } from './wormhole';
export type { ReplicaOptions } from './replicas';
export type { CallOptions } from './deadline';
export type { RemoteFunction, BoundRemoteFunction } from './remote-function';
export type { Transaction, TransactionOptions, IsolationLevel } from './transaction';
export type { RetryOptions } from './retry';
export type { CallStats } from './call-engine';
export type { UsageReportStats } from './usage-report';
export type { BatchCall } from './batch';
export type { Db, QueryResult, QueryConfig, FieldInfo, RemotableFunction, RemoteArgs, RemoteResult } from './types';
export type { Diagnostic } from './public-types';
export {
  WormholeError,
  ValidationError,
  PolicyError,
  ArgumentError,
  ResultError,
  UnknownFunctionError,
  ProtocolError,
  ConnectionLostError,
  ConnectionFailedError,
  CallTimeoutError,
  CancelledError,
  QueryError,
  RemoteError,
  RemoteFunctionError,
  RemoteSqlError,
  RemoteTimeoutError,
} from './errors';
export type { SourcePosition, RemoteErrorDetail, CallPhase, PgErrorFields } from './errors';
export { hashSource } from './hash';
export { plv8TypeParsers } from './type-parsers';
export type { WormholeLogger, LogMeta, CallEvent, ObservabilityOptions } from './observability';
export { prometheusMetrics, metricsHandler } from './metrics';
export type { FunctionEntry, InstallResult } from './catalog';
export type { EngineLevel } from './engine-level';
export { fromKysely, fromDrizzle, fromPostgresJs } from './adapters';
export type { Queryable } from './local-db';
