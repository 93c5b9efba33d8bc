// Keeps V8's young generation committed between scavenges.
//
// After every garbage collection, V8 10.2 calls Heap::ReduceNewSpaceSize(), which shrinks the
// young generation and gives its from-space back to the kernel whenever the allocation rate it
// measured over the last seconds of wall-clock time is below 1,000 bytes per ms (or the GC was
// asked to reduce memory). A PostgreSQL backend spends most of its wall time waiting for its
// client, so for a function that allocates a few KB per call the rate is nearly always that low.
// Then every scavenge is followed by uncommitting the from-space (mprotect and madvise, queued to
// V8's worker thread), and the allocations of the next cycle fault each of its pages back in:
// about one minor page fault per 4 KB allocated. It feeds on itself on a busy machine: a backend
// slowed down allocates fewer bytes per ms, so it keeps uncommitting.
//
// In Wormhole's transfer at 16 connections on 2 cores (bench/src/run.mjs --workloads transfer
// --concurrency 16), the runs where Wormhole's backends took about one page fault per operation
// were the ones where their server CPU per operation stood far above a hand-written PL/v8
// function's. The memory it keeps is one semi-space per backend (1 MB at the default
// plv8.memory_limit), which an idle backend keeps anyway: no collection runs, so nothing is
// uncommitted, while no JavaScript runs.
//
// V8 has no setting for this alone: only --predictable skips it, and that flag also gives
// Math.random() the same fixed seed in every context. So plv8.so defines the function itself,
// empty. libnode.so exports V8's internal symbols and is not linked with -Bsymbolic, so its own
// calls go through its PLT, and the dynamic linker binds them to the first definition in lookup
// order: plv8.so's, since libnode.so is loaded as plv8.so's dependency. With a libnode built
// otherwise (hidden symbols, -Bsymbolic), V8's own function runs and only the page faults come
// back. test/27_young_generation.sql checks that the from-space stays committed.
//
// The name is V8 10.2's mangled v8::internal::Heap::ReduceNewSpaceSize() (a member function
// without parameters: `this` is the only argument), given as an assembler label so that no V8
// internal header or class is needed here.
#include <v8-version.h>

static_assert(V8_MAJOR_VERSION == 10 && V8_MINOR_VERSION == 2,
              "young_generation.cc replaces a V8 10.2 internal: check Heap::ReduceNewSpaceSize in this V8 first");

extern "C" void plv8_keep_young_generation(void* heap) __asm__("_ZN2v88internal4Heap18ReduceNewSpaceSizeEv");

extern "C" __attribute__((visibility("default"), used)) void plv8_keep_young_generation(void* heap) { (void)heap; }
