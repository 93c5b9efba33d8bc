// V8 code cache files for large superuser-owned function bodies (see code_cache.h for the trust
// argument). File layout, native byte order (a cluster's data directory never changes machine
// architecture): Header, then payload_len bytes of V8 code cache.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <climits>
#include <memory>
#include <cstring>
#include <string>
#include <vector>

#include <v8.h>

#include "code_cache.h"
#include "errors.h"
#include "function_cache.h"
#include "startup_clock.h"

extern "C" {
#include "common/cryptohash.h"
#include "common/sha2.h"
#include "port/pg_crc32c.h"
}

extern "C" {
PG_FUNCTION_INFO_V1(plv8_code_cache_stats);
}

namespace plv8compat {

namespace {

using Key = std::array<uint8_t, PG_SHA256_DIGEST_LENGTH>;

constexpr char kMagic[8] = {'P', 'L', 'V', '8', 'C', 'C', '\0', '\1'};  // last byte: format version
constexpr const char* kDirName = "plv8_code_cache";
// Far above any real bundle; a file claiming more is not read into memory.
constexpr size_t kMaxPayload = 256u * 1024 * 1024;
// Bodies compiled in one backend before any call returned: more than that is not remembered.
constexpr size_t kMaxPending = 32;

struct Header {
  char magic[8];
  uint8_t key[PG_SHA256_DIGEST_LENGTH];  // the file's name, repeated: a renamed file is refused
  uint32_t payload_len;
  uint32_t payload_crc;  // CRC-32C of the payload
};

struct Pending {
  Key key;
  v8::Global<v8::Function> function;
};

bool guc_enabled = true;
int guc_min_size = 16384;
std::string v8_flags_at_start;
// Never destroyed: a static holding V8 handles would be torn down at process exit, in an order
// relative to the isolate and platform (context.cc) that C++ does not define.
std::vector<Pending>& pending = *new std::vector<Pending>();

struct Stats {
  int64 hits = 0;         // a file was used and V8 accepted it
  int64 misses = 0;       // no usable file: compiled from source
  int64 rejected = 0;     // a file existed but failed a check (ours or V8's)
  int64 written = 0;      // files this backend wrote
  std::string last_file;  // the file of the body compiled or written last (tests find it by this)
} stats;

std::string dir_path() { return std::string(DataDir) + "/" + kDirName; }

std::string hex(const Key& key) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : key) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// SHA-256 of everything that decides what V8 produces for this body: V8's version and flags, the
// parameter names and the body itself (the function name only labels stack traces and is
// given to V8 afresh; it is not in the cached data).
Key key_of(const char* body, size_t body_len, int nparams, const char* const* params) {
  Key key{};
  const char* version = v8::V8::GetVersion();
  const char* flags = v8_flags_at_start.c_str();
  bool failed = false;
  pg_guard([&] {
    pg_cryptohash_ctx* ctx = pg_cryptohash_create(PG_SHA256);
    const char domain[] = "plv8-compat code cache 1";
    bool ok = ctx != nullptr && pg_cryptohash_init(ctx) == 0;
    auto add = [&](const void* data, size_t len) {
      if (ok) ok = pg_cryptohash_update(ctx, static_cast<const uint8*>(data), len) == 0;
    };
    add(domain, sizeof(domain));
    add(version, strlen(version) + 1);
    add(flags, strlen(flags) + 1);
    uint32 n = static_cast<uint32>(nparams);
    add(&n, sizeof(n));
    for (int i = 0; i < nparams; i++) add(params[i], strlen(params[i]) + 1);
    add(body, body_len);
    if (ok) ok = pg_cryptohash_final(ctx, key.data(), key.size()) == 0;
    if (ctx != nullptr) pg_cryptohash_free(ctx);
    failed = !ok;
  });
  if (failed)
    throw PgError{make_error(ERRCODE_INTERNAL_ERROR, "plv8: could not hash a function body for the code cache")};
  return key;
}

uint32_t crc_of(const uint8_t* data, size_t len) {
  pg_crc32c crc;
  INIT_CRC32C(crc);
  COMP_CRC32C(crc, data, len);
  FIN_CRC32C(crc);
  return crc;
}

void log_debug(const std::string& message) {
  const char* text = message.c_str();
  try {
    pg_guard([&] { elog(DEBUG1, "plv8 code cache: %s", text); });
  } catch (const PgError&) {
    // DEBUG1 does not raise; nothing to report if it somehow did.
  }
}

// Reads and checks the file for key. Returns false (with the reason in *why, empty when there is
// simply no file) unless the payload is intact and made for this key.
bool read_file(const Key& key, std::vector<uint8_t>* payload, std::string* why) {
  std::string path = dir_path() + "/" + hex(key);
  // O_NONBLOCK: a FIFO (or device) under that name must be refused by the S_ISREG check below, not
  // block the backend in open(), where neither a cancel nor statement_timeout reaches it.
  int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    if (errno != ENOENT) *why = std::string("cannot open: ") + strerror(errno);
    return false;
  }
  struct stat st;
  bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  if (!ok) *why = "not a regular file";
  Header header;
  if (ok && (static_cast<size_t>(st.st_size) < sizeof(Header) ||
             static_cast<size_t>(st.st_size) - sizeof(Header) > kMaxPayload)) {
    *why = "wrong size";
    ok = false;
  }
  if (ok && pread(fd, &header, sizeof(header), 0) != static_cast<ssize_t>(sizeof(header))) {
    *why = "short read";
    ok = false;
  }
  if (ok && (memcmp(header.magic, kMagic, sizeof(kMagic)) != 0 || memcmp(header.key, key.data(), key.size()) != 0)) {
    *why = "header does not match this body, V8 version and flags";
    ok = false;
  }
  if (ok && header.payload_len != static_cast<size_t>(st.st_size) - sizeof(Header)) {
    *why = "payload length does not match the file size";
    ok = false;
  }
  if (ok) {
    payload->resize(header.payload_len);
    ok = pread(fd, payload->data(), payload->size(), sizeof(Header)) == static_cast<ssize_t>(payload->size());
    if (!ok) *why = "short read";
  }
  close(fd);
  if (ok && crc_of(payload->data(), payload->size()) != header.payload_crc) {
    *why = "payload checksum mismatch";
    ok = false;
  }
  return ok;
}

bool write_all(int fd, const void* data, size_t len) {
  const uint8_t* p = static_cast<const uint8_t*>(data);
  while (len > 0) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    len -= static_cast<size_t>(n);
  }
  return true;
}

// Writes the file for key atomically: a private temporary file renamed over the final name, so a
// reader sees either no file, an old complete one, or this one.
bool write_file(const Key& key, const uint8_t* data, size_t len, std::string* why) {
  if (len > kMaxPayload) {
    *why = "code cache larger than the limit";
    return false;
  }
  std::string dir = dir_path();
  if (mkdir(dir.c_str(), S_IRWXU) != 0 && errno != EEXIST) {
    *why = std::string("cannot create ") + dir + ": " + strerror(errno);
    return false;
  }
  std::string path = dir + "/" + hex(key);
  std::string tmp = path + ".tmp." + std::to_string(MyProcPid);
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (fd < 0) {
    *why = std::string("cannot create ") + tmp + ": " + strerror(errno);
    return false;
  }
  Header header;
  memcpy(header.magic, kMagic, sizeof(kMagic));
  memcpy(header.key, key.data(), key.size());
  header.payload_len = static_cast<uint32_t>(len);
  header.payload_crc = crc_of(data, len);
  bool ok = write_all(fd, &header, sizeof(header)) && write_all(fd, data, len);
  if (close(fd) != 0) ok = false;
  if (ok && rename(tmp.c_str(), path.c_str()) != 0) ok = false;
  if (!ok) {
    *why = std::string("cannot write ") + path + ": " + strerror(errno);
    unlink(tmp.c_str());
  }
  return ok;
}

void queue(v8::Isolate* isolate, const Key& key, v8::Local<v8::Function> fn) {
  for (const Pending& p : pending)
    if (p.key == key) return;
  if (pending.size() >= kMaxPending) return;
  pending.push_back(Pending{key, v8::Global<v8::Function>(isolate, fn)});
  // Weak: a queued function whose context is dropped (plv8_reset) before any call returns must
  // not keep that context alive; it is then simply not written.
  pending.back().function.SetWeak();
}

}  // namespace

void code_cache_define_gucs() {
  DefineCustomBoolVariable("plv8.code_cache",
                           "Reuse V8's compiled code of large superuser-owned function bodies across backends.",
                           "The code is kept in files under $PGDATA/plv8_code_cache, written by the server only.",
                           &guc_enabled, true, PGC_SUSET, 0, nullptr, nullptr, nullptr);
  DefineCustomIntVariable("plv8.code_cache_min_size",
                          "Smallest function body, in bytes, whose compiled code is cached in files.", nullptr,
                          &guc_min_size, 16384, 0, INT_MAX, PGC_SUSET, GUC_UNIT_BYTE, nullptr, nullptr, nullptr);
}

void code_cache_note_v8_flags(const char* flags) { v8_flags_at_start = flags ? flags : ""; }

bool code_cache_applies(Oid owner, size_t body_len) {
  if (!guc_enabled || body_len < static_cast<size_t>(guc_min_size)) return false;
  return superuser_arg(owner);
}

v8::Local<v8::Function> code_cache_compile(v8::Isolate* isolate, v8::Local<v8::Context> context, const char* name,
                                           const char* body, int nparams, const char* const* params) {
  v8::EscapableHandleScope scope(isolate);
  double t0 = monotonic_ms();
  Key key = key_of(body, strlen(body), nparams, params);
  stats.last_file = hex(key);
  double t1 = monotonic_ms();
  std::vector<uint8_t> payload;
  std::string why;
  bool have = read_file(key, &payload, &why);
  double t2 = monotonic_ms();
  if (!have && !why.empty()) {
    stats.rejected++;
    log_debug("file " + hex(key) + " ignored: " + why);
  }
  bool rejected = false;
  v8::Local<v8::Function> fn;
  if (have) {
    auto* cached = new v8::ScriptCompiler::CachedData(payload.data(), static_cast<int>(payload.size()),
                                                      v8::ScriptCompiler::CachedData::BufferNotOwned);
    fn = compile_body(isolate, context, name, body, nparams, params, cached, &rejected);
    if (rejected) {
      stats.rejected++;
      log_debug("file " + hex(key) + " rejected by V8");
    } else {
      stats.hits++;
    }
  } else {
    if (why.empty()) stats.misses++;
    fn = compile_body(isolate, context, name, body, nparams, params);
  }
  // What a fresh backend pays for the body (start-up of Wormhole's runtime and installer).
  char timing[160];
  snprintf(timing, sizeof timing, "%s: %s, key %.2f ms, file %.2f ms (%zu bytes), compile %.2f ms", name,
           have && !rejected ? "used the file" : "compiled from source", t1 - t0, t2 - t1, payload.size(),
           monotonic_ms() - t2);
  log_debug(timing);
  if (!have || rejected) queue(isolate, key, fn);
  return scope.Escape(fn);
}

void code_cache_write_pending(v8::Isolate* isolate) {
  if (pending.empty()) return;
  std::vector<Pending> work;
  work.swap(pending);
  for (Pending& p : work) {
    if (p.function.IsEmpty()) continue;
    v8::HandleScope scope(isolate);
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCacheForFunction(p.function.Get(isolate)));
    std::string why;
    if (data == nullptr || data->length <= 0) {
      log_debug("V8 made no code cache for " + hex(p.key));
    } else if (write_file(p.key, data->data, static_cast<size_t>(data->length), &why)) {
      stats.written++;
      stats.last_file = hex(p.key);
      log_debug("wrote " + hex(p.key) + " (" + std::to_string(data->length) + " bytes)");
    } else {
      log_debug(why);
    }
  }
}

}  // namespace plv8compat

// This backend's counters and the name of the last file it used or wrote (NULL before any). For
// tests and diagnosis; not in the extension script: the pgTAP suite declares it with
// CREATE FUNCTION ... AS 'plv8', 'plv8_code_cache_stats' LANGUAGE C.
extern "C" Datum plv8_code_cache_stats(PG_FUNCTION_ARGS) {
  static const Oid kTypes[] = {INT8OID, INT8OID, INT8OID, INT8OID, TEXTOID};
  constexpr int kColumns = 5;
  TupleDesc tupdesc;
  bool shape = get_call_result_type(fcinfo, nullptr, &tupdesc) == TYPEFUNC_COMPOSITE && tupdesc->natts == kColumns;
  for (int i = 0; shape && i < kColumns; i++) shape = TupleDescAttr(tupdesc, i)->atttypid == kTypes[i];
  if (!shape)
    ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH), errmsg("plv8_code_cache_stats returns five columns"),
                    errhint("Declare it OUT hits int8, OUT misses int8, OUT rejected int8, OUT written int8, "
                            "OUT last_file text.")));
  tupdesc = BlessTupleDesc(tupdesc);
  const auto& st = plv8compat::stats;
  Datum values[kColumns] = {Int64GetDatum(st.hits), Int64GetDatum(st.misses), Int64GetDatum(st.rejected),
                            Int64GetDatum(st.written), 0};
  bool nulls[kColumns] = {false, false, false, false, st.last_file.empty()};
  if (!st.last_file.empty()) values[4] = CStringGetTextDatum(st.last_file.c_str());
  PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
