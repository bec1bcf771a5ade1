// What the native benchmarks share: the median wall time of repeated runs, and the CPU time
// of one run (on a shared, busy machine the wall time counts the waits for a core too).
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

namespace polity::bench {

// Runs `f` `runs` times and returns the median wall time in milliseconds.
template <typename F>
double MedianMs(int runs, F&& f) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// The CPU time this thread spent in `f`, in milliseconds.
template <typename F>
double ThreadCpuMs(F&& f) {
    timespec start{}, end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    f();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    return static_cast<double>(end.tv_sec - start.tv_sec) * 1e3 + static_cast<double>(end.tv_nsec - start.tv_nsec) / 1e6;
}

inline double Median(std::vector<double> xs) {
    std::sort(xs.begin(), xs.end());
    return xs.empty() ? 0.0 : xs[xs.size() / 2];
}

} // namespace polity::bench
