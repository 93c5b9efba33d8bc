// Once V8 has started in a backend, glibc malloc's thresholds are raised the way glibc itself
// raises them, so that PostgreSQL's statements in that backend stop giving their memory back to
// the kernel after every statement and faulting it in again at the next.
//
// Why: glibc's main arena gives memory at the top of the heap back to the kernel (brk) whenever
// more than M_TRIM_THRESHOLD (128 KB until raised) is free there, keeping M_TOP_PAD (128 KB). A
// statement whose transient memory does not fit the free chunks inside the heap extends it, frees
// everything at its end, and the heap is trimmed: the next statement faults those pages in again.
// Starting V8 moves a backend's heap into that state: its long-lived allocations take the free
// chunks PostgreSQL's statements had been reusing. Measured on the project's VM with the bench's
// dashboard as a PL/pgSQL function (three reads composed into json), in one backend: about 40 µs
// and no page fault per call before its first JavaScript, 160-330 µs and 7-9 page faults per call
// after it, every call (the pages are fresh each time, and a fault costs 16-20 µs there).
//
// How: glibc adjusts both thresholds on its own ("dynamic mmap threshold", mallopt(3)): freeing a
// block that was mmap()ed because it was at least M_MMAP_THRESHOLD bytes raises M_MMAP_THRESHOLD
// to that block's size and M_TRIM_THRESHOLD to twice it. So one malloc()/free() of kThresholdBytes
// here puts the backend where glibc would be after any statement that once freed a block that
// large: blocks up to 1 MB come from the heap and are reused, and up to 2 MB may stay free at its
// top. Calling mallopt() instead would switch the dynamic adjustment off for the backend's whole
// life; this keeps it (a larger block freed later raises the thresholds further, as always).
// If the thresholds are already higher, or were fixed with mallopt() or MALLOC_*_ environment
// variables, the block comes from the heap or glibc ignores it: nothing changes.
//
// Cost: one mmap() and munmap() per backend that starts V8, and up to 2 MB of free heap kept per
// such backend (V8's own heap is several times that). test/31_malloc_thresholds.sql measures it.
#include "malloc_thresholds.h"

#include <cstdlib>

namespace plv8compat {

namespace {

constexpr size_t kThresholdBytes = 1 << 20;

}  // namespace

void raise_malloc_thresholds() {
#ifdef __GLIBC__
  // volatile: the compiler may otherwise drop a malloc() whose result is only freed.
  void* volatile block = malloc(kThresholdBytes);
  free(block);
#endif
}

}  // namespace plv8compat
