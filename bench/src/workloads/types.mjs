// Shapes shared by the workload modules (JSDoc only; this file exports nothing at run time).

/**
 * One way of doing a workload's operation.
 * @typedef {object} Variant
 * @property {string} id                short id used in flags, JSON and the table
 * @property {string} label             one-line description for the table
 * @property {import('../db/drivers.mjs').DriverName} driver
 * @property {'plv8' | 'wormhole'} [needs]  optional piece that must be installed
 * @property {string} [needsSdk]       a method of the SDK's Wormhole class the variant uses (e.g. 'batch')
 * @property {number} expectedRoundTrips what the proxy should count per operation (ideally)
 * @property {string} [roundTripNote]  why the measured count may exceed the ideal
 * @property {(raw: any) => any} [prepare]  once per connection, before warm-up; result is `state`
 * @property {(raw: any, state: any, input: any) => Promise<any>} run  one operation
 * @property {boolean} [fresh]          cold-start variant: measured once per new connection
 */

/**
 * @typedef {object} Workload
 * @property {string} id
 * @property {string} title
 * @property {string} baseline   variant id the "x pg" column divides by
 * @property {string} floor      variant id whose server work (plus one RTT) is the physical floor
 * @property {() => any} makeInput  called outside the timed section
 * @property {(input: any, result: any) => void} check  throws when a variant did different work
 * @property {Variant[]} variants
 */

export {};
