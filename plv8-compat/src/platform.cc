// The V8 platform of a backend: libplatform's default platform, with one change. When V8 commits
// memory for its heap (a 256 KB page of a space, the young generation's semi-spaces, code and
// read-only pages), the pages are populated right away with one madvise(MADV_POPULATE_WRITE)
// instead of being faulted in one 4 KB page at a time as V8 first writes them.
//
// Why: a fresh backend's first JavaScript call is mostly V8 filling fresh memory (deserializing
// its snapshot into new heap pages, then creating a context), and on a virtual machine a page
// fault is a trap to the hypervisor: on the project's VM, touching fresh memory page by page cost
// over ten times what populating it with madvise did (the bench's machine probe prints the cost
// per faulted 4 KB page of each run). Most of those pages V8 then fills completely. What
// populating costs is the part of committed pages V8 has not written yet: mostly the young
// generation's semi-spaces, committed whole when the isolate starts, which any backend that
// allocates a few MB fills anyway. plv8-compat/bench/cold_start.sh measures both sides.
//
// Everything else (worker threads, task runners, jobs, time, tracing) is the default platform's:
// this class forwards each call. Only GetPageAllocator differs.
//
// plv8.populate_heap = off turns the population off (pages are then faulted in on first write,
// as V8 does on its own). On kernels older than 5.14 madvise rejects MADV_POPULATE_WRITE
// (EINVAL) and the pages are faulted in as before; nothing else changes.
#include "platform.h"

#include <sys/mman.h>

#include <cerrno>

#include <atomic>
#include <map>
#include <mutex>

#include <libplatform/libplatform.h>

#include "pg.h"

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; older headers lack it
#endif

namespace plv8compat {

namespace {

bool guc_populate_heap = true;
// Read by V8's worker threads too (they commit and free pages), so the GUC's assign hook copies
// it here rather than having them read the GUC variable.
std::atomic<bool> populate_heap{true};
std::atomic<size_t> populated_bytes{0};
// Cleared when the kernel refuses MADV_POPULATE_WRITE (EINVAL: older than 5.14), so that an old
// kernel costs one failed system call per backend, not one per commit.
std::atomic<bool> kernel_populates{true};

// Commits below this size are not populated: V8 commits whole 256 KB pages, and the small
// commits it makes (guard and header pages of code chunks) are not worth a system call.
constexpr size_t kMinPopulate = 64 * 1024;

// The default page allocator, plus madvise(MADV_POPULATE_WRITE) on memory newly made writable.
//
// V8 also flips code pages between read-execute and read-write each time it writes code there
// (write protection of code memory). Those ranges are already populated; re-populating them would
// cost a page-table walk per flip, so the ranges populated so far are remembered and skipped,
// until they are made inaccessible, discarded or freed.
class PopulatingPageAllocator final : public v8::PageAllocator {
 public:
  explicit PopulatingPageAllocator(v8::PageAllocator* base) : base_(base) {}

  size_t AllocatePageSize() override { return base_->AllocatePageSize(); }
  size_t CommitPageSize() override { return base_->CommitPageSize(); }
  void SetRandomMmapSeed(int64_t seed) override { base_->SetRandomMmapSeed(seed); }
  void* GetRandomMmapAddr() override { return base_->GetRandomMmapAddr(); }

  void* AllocatePages(void* address, size_t length, size_t alignment, Permission permissions) override {
    void* result = base_->AllocatePages(address, length, alignment, permissions);
    if (result != nullptr && writable(permissions)) populate(result, length);
    return result;
  }
  bool FreePages(void* address, size_t length) override {
    forget(address, length);
    return base_->FreePages(address, length);
  }
  bool ReleasePages(void* address, size_t length, size_t new_length) override {
    forget(address, length);
    return base_->ReleasePages(address, length, new_length);
  }
  bool SetPermissions(void* address, size_t length, Permission permissions) override {
    if (permissions == kNoAccess || permissions == kNoAccessWillJitLater) forget(address, length);
    bool ok = base_->SetPermissions(address, length, permissions);
    if (ok && writable(permissions)) populate(address, length);
    return ok;
  }
  bool DiscardSystemPages(void* address, size_t size) override {
    forget(address, size);
    return base_->DiscardSystemPages(address, size);
  }
  bool DecommitPages(void* address, size_t size) override {
    forget(address, size);
    return base_->DecommitPages(address, size);
  }
  bool ReserveForSharedMemoryMapping(void* address, size_t size) override {
    return base_->ReserveForSharedMemoryMapping(address, size);
  }
  std::unique_ptr<SharedMemory> AllocateSharedPages(size_t length, const void* original_address) override {
    return base_->AllocateSharedPages(length, original_address);
  }
  bool CanAllocateSharedPages() override { return base_->CanAllocateSharedPages(); }

 private:
  static bool writable(Permission p) { return p == kReadWrite || p == kReadWriteExecute; }

  void populate(void* address, size_t length) {
    if (length < kMinPopulate || !populate_heap.load(std::memory_order_relaxed) ||
        !kernel_populates.load(std::memory_order_relaxed))
      return;
    uintptr_t start = reinterpret_cast<uintptr_t>(address);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (covered(start, length)) return;
      populated_[start] = length;
    }
    // Failure (an old kernel, or no memory) only means the pages fault in later, as without this.
    if (madvise(address, length, MADV_POPULATE_WRITE) == 0)
      populated_bytes += length;
    else if (errno == EINVAL)
      kernel_populates = false;
  }

  // Whether [start, start + length) lies inside one range populated before (mutex_ held).
  bool covered(uintptr_t start, size_t length) const {
    auto it = populated_.upper_bound(start);
    if (it == populated_.begin()) return false;
    --it;
    return start + length <= it->first + it->second;
  }

  // Drops every remembered range overlapping [address, address + length): its pages may be gone.
  void forget(void* address, size_t length) {
    uintptr_t start = reinterpret_cast<uintptr_t>(address);
    uintptr_t end = start + length;
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = populated_.upper_bound(start);
    if (it != populated_.begin() && std::prev(it)->first + std::prev(it)->second > start) --it;
    while (it != populated_.end() && it->first < end) it = populated_.erase(it);
  }

  v8::PageAllocator* base_;
  std::mutex mutex_;
  std::map<uintptr_t, size_t> populated_;  // start -> length of ranges populated and still committed
};

// Forwards every call to libplatform's default platform, except GetPageAllocator.
class Platform final : public v8::Platform {
 public:
  explicit Platform(int worker_threads)
      : base_(v8::platform::NewDefaultPlatform(worker_threads)), pages_(base_->GetPageAllocator()) {}

  v8::PageAllocator* GetPageAllocator() override { return &pages_; }

  int NumberOfWorkerThreads() override { return base_->NumberOfWorkerThreads(); }
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override {
    return base_->GetForegroundTaskRunner(isolate);
  }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override { base_->CallOnWorkerThread(std::move(task)); }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay_in_seconds) override {
    base_->CallDelayedOnWorkerThread(std::move(task), delay_in_seconds);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return base_->IdleTasksEnabled(isolate); }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority, std::unique_ptr<v8::JobTask> job) override {
    return base_->PostJob(priority, std::move(job));
  }
  double MonotonicallyIncreasingTime() override { return base_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return base_->CurrentClockTimeMillis(); }
  v8::TracingController* GetTracingController() override { return base_->GetTracingController(); }
  StackTracePrinter GetStackTracePrinter() override { return base_->GetStackTracePrinter(); }

 private:
  std::unique_ptr<v8::Platform> base_;
  PopulatingPageAllocator pages_;
};

void assign_populate_heap(bool value, void*) { populate_heap = value; }

}  // namespace

std::unique_ptr<v8::Platform> new_platform(int worker_threads) { return std::make_unique<Platform>(worker_threads); }

void platform_define_gucs() {
  // Any role may turn it off: it only changes how its own backend's V8 heap gets its memory.
  DefineCustomBoolVariable("plv8.populate_heap",
                           "Populate V8 heap pages when V8 commits them, instead of faulting them in one at a time.",
                           "Read whenever V8 commits heap memory; on by default. Off: pages fault in on first write.",
                           &guc_populate_heap, true, PGC_USERSET, 0, nullptr, assign_populate_heap, nullptr);
}

size_t platform_populated_bytes() { return populated_bytes.load(); }

}  // namespace plv8compat
