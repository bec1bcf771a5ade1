// Load+validate time and peak memory, against nlohmann_json's bare parse of the same bytes,
// for the article's dataset and generated datasets of 1k, 10k and 100k entities.
// Each case runs in its own child process so peak memory is that case's alone.
#include "bench_timing.hpp"
#include "dataset_generator.hpp"
#include "polity/load.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {


struct Case {
    std::string name;
    std::string text;
};

long StatusKiB(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
    return 0;
}

using polity::bench::MedianMs;

// Runs `f` in a child process and returns how far its resident memory peaked above where it
// stood just before (Linux: the peak is reset through /proc/self/clear_refs).
template <typename F>
long ChildPeakKiB(F&& f) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        malloc_trim(0);  // give back what earlier cases freed, so new memory shows in the peak
        std::ofstream("/proc/self/clear_refs") << "5";
        const long before = StatusKiB("VmRSS:");
        f();
        const long peak = StatusKiB("VmHWM:") - before;
        (void)!write(fds[1], &peak, sizeof peak);
        _exit(0);
    }
    long peak = -1;
    close(fds[1]);
    (void)!read(fds[0], &peak, sizeof peak);
    close(fds[0]);
    waitpid(pid, nullptr, 0);
    return peak;
}

void Run(const Case& c) {
    const int runs = c.text.size() > (8u << 20) ? 5 : 21;
    bool ok = true;
    const double parse_ms = MedianMs(runs, [&] { auto doc = nlohmann::json::parse(c.text, nullptr, false); });
    const double load_ms = MedianMs(runs, [&] { ok = polity::LoadDataset(c.text, c.name).ok(); });
    const long parse_peak = ChildPeakKiB([&] { auto doc = nlohmann::json::parse(c.text, nullptr, false); });
    const long load_peak = ChildPeakKiB([&] { auto result = polity::LoadDataset(c.text, c.name); });
    std::printf("| %-22s | %8.2f MB | %9.2f | %9.2f | %5.2fx | %8.1f | %8.1f | %s |\n", c.name.c_str(),
                static_cast<double>(c.text.size()) / 1e6, parse_ms, load_ms, load_ms / parse_ms,
                static_cast<double>(parse_peak) / 1024.0, static_cast<double>(load_peak) / 1024.0,
                ok ? "valid" : "INVALID");
}

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

int main() {
    std::vector<Case> cases;
    cases.push_back({"article dataset", ReadFile(std::string(POLITY_SOURCE_DIR) + "/data/kazakhstan-constitution.json")});
    for (std::size_t n : {1000u, 10000u, 100000u})
        cases.push_back({"generated " + std::to_string(n / 1000) + "k entities", polity::gen::GenerateDataset({n, 1})});
    std::printf("Load+validate vs nlohmann_json bare parse (median wall time; peak resident memory\n"
                "above the starting point, measured in a child process per case)\n\n");
    std::printf("| %-22s | %11s | %9s | %9s | %6s | %8s | %8s | %s |\n", "dataset", "size", "parse ms", "load ms",
                "ratio", "parse MiB", "load MiB", "result");
    std::printf("|%s|\n", std::string(103, '-').c_str());
    for (const Case& c : cases) Run(c);
    return 0;
}
