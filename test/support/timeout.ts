// Each e2e test talks to a real PostgreSQL; some wait on another backend (timeouts, killed calls).
jest.setTimeout(30_000);
