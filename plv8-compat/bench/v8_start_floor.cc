// V8's own start-up in a freshly forked process, with no PostgreSQL in it: the floor under any
// backend's first JavaScript on this machine.
//
//   make -C plv8-compat bench/v8_start_floor && plv8-compat/bench/v8_start_floor [children]
//
// A PostgreSQL backend is a fork of the postmaster, which has libnode loaded (plv8 preloaded) but
// has not started V8. This program is the same situation without PostgreSQL: libnode is linked, so
// loaded before main(), and each child (10 by default, one after the other) runs the steps the
// engine runs at a backend's first JavaScript (src/context.cc: ICU, flags, the platform with one
// worker thread, V8::Initialize, Isolate::New, a context and one script) and reports each step's
// time and the page faults it took. It prints each child's line and the medians. It leaves out
// what only the engine does (the page allocator that populates V8's heap, the plv8 object, the
// watchdog), so the engine's first call costs somewhat more; the bench's cold lines print that.
#include <libplatform/libplatform.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <v8.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "../src/startup_clock.h"  // the engine's start-up clock

namespace {

constexpr int kSteps = 4;
const char* const kStepNames[kSteps] = {"ICU and flags", "platform and V8::Initialize", "Isolate::New",
                                        "context and one script"};

struct Sample {
  double ms[kSteps];
  long faults[kSteps];
};

long minor_faults() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

// Runs in the child: V8 from nothing to a script's result.
Sample start_v8() {
  Sample s{};
  std::unique_ptr<v8::Platform> platform;
  v8::Isolate* isolate = nullptr;
  auto step = [&](int i, auto&& work) {
    double t = plv8compat::monotonic_ms();
    long f = minor_faults();
    work();
    s.ms[i] = plv8compat::monotonic_ms() - t;
    s.faults[i] = minor_faults() - f;
  };
  step(0, [] {
    v8::V8::InitializeICU();
    v8::V8::SetFlagsFromString("--no-verify-snapshot-checksum");  // as the engine does
  });
  step(1, [&] {
    platform = v8::platform::NewDefaultPlatform(1);
    v8::V8::InitializePlatform(platform.get());
    v8::V8::Initialize();
  });
  step(2, [&] {
    v8::Isolate::CreateParams params;
    params.array_buffer_allocator = v8::ArrayBuffer::Allocator::NewDefaultAllocator();
    isolate = v8::Isolate::New(params);
  });
  step(3, [&] {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handles(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    v8::Local<v8::String> source = v8::String::NewFromUtf8Literal(isolate, "[1, 2, 3].map((x) => x * 2).join()");
    v8::Local<v8::Value> result = v8::Script::Compile(context, source).ToLocalChecked()->Run(context).ToLocalChecked();
    v8::String::Utf8Value text(isolate, result);
    if (text.length() != 5) abort();  // "2,4,6"
  });
  return s;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  int children = argc > 1 ? atoi(argv[1]) : 10;
  if (children < 1) {
    fprintf(stderr, "usage: %s [children]   (a positive number of forked children, default 10)\n", argv[0]);
    return 2;
  }
  std::vector<Sample> samples;
  for (int c = 0; c < children; c++) {
    int fds[2];
    if (pipe(fds) != 0) return perror("pipe"), 1;
    pid_t pid = fork();
    if (pid < 0) return perror("fork"), 1;
    if (pid == 0) {
      close(fds[0]);
      Sample s = start_v8();
      _exit(write(fds[1], &s, sizeof s) == sizeof s ? 0 : 1);
    }
    close(fds[1]);
    Sample s;
    bool got = read(fds[0], &s, sizeof s) == sizeof s;
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      fprintf(stderr, "child %d failed (status %d)\n", c + 1, status);
      return 1;
    }
    samples.push_back(s);
    double total = 0;
    long faults = 0;
    printf("child %2d:", c + 1);
    for (int i = 0; i < kSteps; i++) {
      printf(" %6.2f ms", s.ms[i]);
      total += s.ms[i];
      faults += s.faults[i];
    }
    printf("  total %6.2f ms, %ld page faults\n", total, faults);
  }
  printf("median of %d forked children:\n", children);
  std::vector<double> totals(samples.size(), 0), faults(samples.size(), 0);
  for (int i = 0; i < kSteps; i++) {
    std::vector<double> ms, f;
    for (size_t c = 0; c < samples.size(); c++) {
      ms.push_back(samples[c].ms[i]);
      f.push_back(samples[c].faults[i]);
      totals[c] += samples[c].ms[i];
      faults[c] += samples[c].faults[i];
    }
    printf("  %-28s %6.2f ms, %4.0f page faults\n", kStepNames[i], median(ms), median(f));
  }
  printf("  %-28s %6.2f ms, %4.0f page faults\n", "V8 start-up in all", median(totals), median(faults));
  return 0;
}
