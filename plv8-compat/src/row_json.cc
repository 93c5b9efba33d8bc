// Query rows as JSON text, written from the tuples themselves. A stream that passes a query's rows
// on (Wormhole's `yield* db.rows(...)`) would otherwise make a JS object per row only to turn it
// into JSON at once; for the common column types the text is written here, exactly as
// JSON.stringify would write those objects.
#include "row_json.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "errors.h"

extern "C" {
#include "mb/pg_wchar.h"
}

namespace plv8compat {

namespace {

bool json_type(Oid type) {
  switch (type) {
    case BOOLOID:
    case INT2OID:
    case INT4OID:
    case INT8OID:
    case OIDOID:
    case TEXTOID:
    case VARCHAROID: return true;
    default: return false;
  }
}

// A JSON string as JSON.stringify writes it: quote, backslash and control characters escaped
// (\b \f \n \r \t, the rest as \u00xx), every other (UTF-8) byte as it is.
void append_json_string(std::string* out, const char* s, size_t len) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < len; i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
        out->append(esc, 6);
      }
    }
  }
  out->append(s + run, len - run);
  out->push_back('"');
}

// The decimal digits of an integer, as JSON.stringify writes it. Written by hand: snprintf's format
// parsing was the larger part of writing a row of integers (3 columns x 50,000 rows).
void append_integer(std::string* out, int64 value) {
  char buf[24];
  char* end = buf + sizeof buf;
  char* p = end;
  // Negated as unsigned, so the most negative value needs no special case.
  uint64 magnitude = value < 0 ? 0 - static_cast<uint64>(value) : static_cast<uint64>(value);
  do {
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (value < 0) *--p = '-';
  out->append(p, end - p);
}

/** 2^53: every int8 of smaller magnitude is a JS number exactly. */
constexpr int64 kExactInJs = INT64CONST(9007199254740992);

void append_value(std::string* out, Oid type, Datum value) {
  char buf[32];
  int n = 0;
  switch (type) {
    case BOOLOID: out->append(DatumGetBool(value) ? "true" : "false"); return;
    case INT2OID: append_integer(out, DatumGetInt16(value)); return;
    case INT4OID: append_integer(out, DatumGetInt32(value)); return;
    case OIDOID: append_integer(out, DatumGetObjectId(value)); return;
    case INT8OID: {
      int64 v = DatumGetInt64(value);
      if (v <= kExactInJs && v >= -kExactInJs) {
        append_integer(out, v);
        return;
      }
      // The JS number nearest the value; below 1e21 JS writes an integral number as all its
      // digits, which %.0f gives exactly (|int8| < 2^63 < 1e21).
      n = snprintf(buf, sizeof buf, "%.0f", static_cast<double>(v));
      break;
    }
    default: {  // text, varchar
      struct varlena* v = reinterpret_cast<struct varlena*>(DatumGetPointer(value));
      struct varlena* t = v;
      // Only a compressed or out-of-line value needs detoasting, which reads and may fail.
      if (VARATT_IS_COMPRESSED(v) || VARATT_IS_EXTERNAL(v)) pg_guard([&] { t = pg_detoast_datum_packed(v); });
      append_json_string(out, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
      if (t != v) pfree(t);
      return;
    }
  }
  out->append(buf, n);
}

}  // namespace

bool rows_json_supported(TupleDesc desc) {
  if (GetDatabaseEncoding() != PG_UTF8) return false;  // the text must be UTF-8 as it stands
  for (int i = 0; i < desc->natts; i++) {
    Form_pg_attribute attr = TupleDescAttr(desc, i);
    if (attr->attisdropped) continue;
    if (!json_type(attr->atttypid)) return false;
    for (int j = 0; j < i; j++) {
      Form_pg_attribute other = TupleDescAttr(desc, j);
      if (!other->attisdropped && strcmp(NameStr(other->attname), NameStr(attr->attname)) == 0) return false;
    }
  }
  return true;
}

void append_rows_json(SPITupleTable* tuptable, uint64 count, bool more, std::string* out) {
  TupleDesc desc = tuptable->tupdesc;
  int natts = desc->natts;
  // Each key written once per result: `"name":`, with a comma before all but the first.
  std::vector<std::string> keys(natts);
  bool first_key = true;
  for (int i = 0; i < natts; i++) {
    Form_pg_attribute attr = TupleDescAttr(desc, i);
    if (attr->attisdropped) continue;
    if (!first_key) keys[i].push_back(',');
    first_key = false;
    append_json_string(&keys[i], NameStr(attr->attname), strlen(NameStr(attr->attname)));
    keys[i].push_back(':');
  }
  std::vector<Datum> values(natts > 0 ? natts : 1);
  std::vector<char> nulls(natts > 0 ? natts : 1);
  for (uint64 r = 0; r < count; r++) {
    if (r > 0 || more) out->push_back(',');
    out->push_back('{');
    // As heap_getattr: no ereport on a sound tuple.
    heap_deform_tuple(tuptable->vals[r], desc, values.data(), reinterpret_cast<bool*>(nulls.data()));
    for (int i = 0; i < natts; i++) {
      Form_pg_attribute attr = TupleDescAttr(desc, i);
      if (attr->attisdropped) continue;
      out->append(keys[i]);
      if (nulls[i])
        out->append("null");
      else
        append_value(out, attr->atttypid, values[i]);
    }
    out->push_back('}');
  }
}

}  // namespace plv8compat
