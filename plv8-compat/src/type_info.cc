// Backend-lifetime cache of TypeInfo, keyed by type oid.
#include <unordered_map>

#include "type_info.h"
#include "errors.h"

namespace plv8compat {

namespace {

std::unordered_map<Oid, TypeInfo*> cache;

MemoryContext cache_context() {
  static MemoryContext cxt = nullptr;
  if (cxt == nullptr) cxt = AllocSetContextCreate(TopMemoryContext, "plv8 type cache", ALLOCSET_SMALL_SIZES);
  return cxt;
}

TypeKind kind_for(Oid base, char typtype, Oid elemtype, int16 typlen) {
  switch (base) {
    case VOIDOID: return TypeKind::Void;
    case BOOLOID: return TypeKind::Bool;
    case INT2OID: return TypeKind::Int2;
    case INT4OID: return TypeKind::Int4;
    case INT8OID: return TypeKind::Int8;
    case FLOAT4OID: return TypeKind::Float4;
    case FLOAT8OID: return TypeKind::Float8;
    case NUMERICOID: return TypeKind::Numeric;
    case OIDOID: return TypeKind::Oid;
    case TEXTOID:
    case VARCHAROID: return TypeKind::Text;
    case JSONOID: return TypeKind::Json;
    case JSONBOID: return TypeKind::Jsonb;
    case BYTEAOID: return TypeKind::Bytea;
    case DATEOID: return TypeKind::Date;
    case TIMESTAMPOID: return TypeKind::Timestamp;
    case TIMESTAMPTZOID: return TypeKind::Timestamptz;
    default: break;
  }
  if (typtype == TYPTYPE_COMPOSITE || base == RECORDOID) return TypeKind::Composite;
  // A true array type (typlen -1 with an element type); int2vector/oidvector/point are not.
  if (OidIsValid(elemtype) && typlen == -1) return TypeKind::Array;
  return TypeKind::Other;
}

// plv8_int2array & co.: domains the plv8 extension creates in pg_catalog (matched by name there,
// so a user's domain of that name in another schema stays an ordinary array).
TypedArrayKind typed_array_kind(Oid typid, Oid basetype) {
  HeapTuple tuple = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typid));
  if (!HeapTupleIsValid(tuple)) return TypedArrayKind::None;
  Form_pg_type form = reinterpret_cast<Form_pg_type>(GETSTRUCT(tuple));
  TypedArrayKind kind = TypedArrayKind::None;
  if (form->typnamespace == PG_CATALOG_NAMESPACE) {
    const char* name = NameStr(form->typname);
    if (strcmp(name, "plv8_int2array") == 0 && basetype == INT2ARRAYOID)
      kind = TypedArrayKind::Int16;
    else if (strcmp(name, "plv8_int4array") == 0 && basetype == INT4ARRAYOID)
      kind = TypedArrayKind::Int32;
    else if (strcmp(name, "plv8_float4array") == 0 && basetype == FLOAT4ARRAYOID)
      kind = TypedArrayKind::Float32;
    else if (strcmp(name, "plv8_float8array") == 0 && basetype == FLOAT8ARRAYOID)
      kind = TypedArrayKind::Float64;
    else if (strcmp(name, "plv8_int8array") == 0 && basetype == INT8ARRAYOID)
      kind = TypedArrayKind::BigInt64;
  }
  ReleaseSysCache(tuple);
  return kind;
}

TypeInfo* build(Oid typid) {
  TypeInfo* info = static_cast<TypeInfo*>(MemoryContextAllocZero(cache_context(), sizeof(TypeInfo)));
  info->typid = typid;
  info->basetypmod = -1;
  info->basetype = getBaseTypeAndTypmod(typid, &info->basetypmod);
  info->is_domain = info->basetype != typid;
  get_typlenbyvalalign(info->basetype, &info->typlen, &info->typbyval, &info->typalign);
  char typtype = get_typtype(info->basetype);
  Oid elemtype = get_element_type(info->basetype);
  info->kind = kind_for(info->basetype, typtype, elemtype, info->typlen);
  info->typed_array =
      info->is_domain && info->kind == TypeKind::Array ? typed_array_kind(typid, info->basetype) : TypedArrayKind::None;
  if (typtype != TYPTYPE_PSEUDO || info->basetype == RECORDOID || info->basetype == CSTRINGOID ||
      info->basetype == UNKNOWNOID) {
    if (info->basetype != RECORDOID && info->basetype != VOIDOID) {
      Oid infunc, outfunc;
      bool varlena;
      getTypeInputInfo(info->basetype, &infunc, &info->ioparam);
      getTypeOutputInfo(info->basetype, &outfunc, &varlena);
      fmgr_info_cxt(infunc, &info->input, cache_context());
      fmgr_info_cxt(outfunc, &info->output, cache_context());
    } else if (info->basetype == RECORDOID) {
      Oid infunc, outfunc;
      bool varlena;
      getTypeInputInfo(RECORDOID, &infunc, &info->ioparam);
      getTypeOutputInfo(RECORDOID, &outfunc, &varlena);
      fmgr_info_cxt(infunc, &info->input, cache_context());
      fmgr_info_cxt(outfunc, &info->output, cache_context());
    }
  }
  return info;
}

// In front of the map: a direct-mapped table of recent lookups, as every conversion asks.
constexpr Oid kRecentSlots = 64;
const TypeInfo* recent[kRecentSlots];

}  // namespace

const TypeInfo* type_info(Oid typid) {
  const TypeInfo* hit = recent[typid % kRecentSlots];
  if (hit != nullptr && hit->typid == typid) return hit;
  auto it = cache.find(typid);
  if (it != cache.end()) {
    recent[typid % kRecentSlots] = it->second;
    return it->second;
  }
  TypeInfo* info = nullptr;
  pg_guard([&] { info = build(typid); });
  if (info->kind == TypeKind::Array) {
    Oid elemtype = InvalidOid;
    pg_guard([&] { elemtype = get_element_type(info->basetype); });
    info->elem = type_info(elemtype);
  }
  cache.emplace(typid, info);
  recent[typid % kRecentSlots] = info;
  return info;
}

}  // namespace plv8compat
