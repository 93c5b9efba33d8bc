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
// glibc adjusts only when the block was mmap()ed: if the top of the heap had 1 MB free, malloc()
// takes the block from there (and free() trims it away), so a second block is tried, which the
// trimmed top can no longer hold. If the thresholds are already higher, both come from the heap;
// if they were fixed with mallopt() or glibc's tunables, glibc adjusts nothing: either way nothing
// changes. (mallinfo2() is glibc 2.33's; older glibc keeps its own thresholds.)
//
// Cost: one mmap() and munmap() per backend that starts V8, and up to 2 MB of free heap kept per
// such backend (V8's own heap is several times that). test/31_malloc_thresholds.sql measures it.
#include "malloc_thresholds.h"

#include <malloc.h>

#include <cstdlib>

namespace plv8compat {

namespace {

constexpr size_t kThresholdBytes = 1 << 20;

}  // namespace

void raise_malloc_thresholds() {
#ifdef __GLIBC__
#if __GLIBC_PREREQ(2, 33)
  for (int attempt = 0; attempt < 2; attempt++) {
    size_t mapped_before = mallinfo2().hblks;
    // volatile: the compiler may otherwise drop a malloc() whose result is only freed.
    void* volatile block = malloc(kThresholdBytes);
    bool mapped = mallinfo2().hblks > mapped_before;
    free(block);
    if (mapped) return;
  }
#endif
#endif
}

}  // namespace plv8compat
