// What the native benchmarks share: the median wall time of repeated runs.
#pragma once

#include <algorithm>
#include <chrono>
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

} // namespace polity::bench
