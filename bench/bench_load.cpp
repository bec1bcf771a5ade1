// Load+validate time and peak memory, against nlohmann_json's bare parse of the same bytes,
// for the article's dataset, generated datasets of 1k, 10k and 100k entities and one of a
// million relations. Times are CPU time of the thread, the two interleaved run by run (parse,
// load, parse, load, ...), so a busy machine slows both alike; the ratio is the median of the
// runs' ratios. Each case's peak memory is measured in a child process of its own.
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

using polity::bench::Median;
using polity::bench::ThreadCpuMs;

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
    const int runs = c.text.size() > (8u << 20) ? 7 : 21;
    bool ok = true;
    std::vector<double> parse, load, ratio;
    for (int r = 0; r < runs; ++r) {
        parse.push_back(ThreadCpuMs([&] { auto doc = nlohmann::json::parse(c.text, nullptr, false); }));
        load.push_back(ThreadCpuMs([&] { ok = polity::LoadDataset(c.text, c.name).ok(); }));
        ratio.push_back(load.back() / parse.back());
    }
    const long parse_peak = ChildPeakKiB([&] { auto doc = nlohmann::json::parse(c.text, nullptr, false); });
    const long load_peak = ChildPeakKiB([&] { auto result = polity::LoadDataset(c.text, c.name); });
    std::printf("| %-24s | %8.2f MB | %9.2f | %9.2f | %5.2fx (%.2f-%.2f) | %8.1f | %8.1f | %s |\n", c.name.c_str(),
                static_cast<double>(c.text.size()) / 1e6, Median(parse), Median(load), Median(ratio),
                *std::min_element(ratio.begin(), ratio.end()), *std::max_element(ratio.begin(), ratio.end()),
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
    polity::gen::GeneratorOptions relations;
    relations.relations = 1000000;
    relations.compact = true;
    cases.push_back({"generated 1M relations", polity::gen::GenerateDataset(relations)});
    std::printf("Load+validate vs nlohmann_json bare parse (median CPU time of interleaved runs; ratio: median\n"
                "(min-max) of the runs' ratios; peak resident memory above the starting point, in a child\n"
                "process per case)\n\n");
    std::printf("| %-24s | %11s | %9s | %9s | %-18s | %8s | %8s | %s |\n", "dataset", "size", "parse ms", "load ms",
                "ratio", "parse MiB", "load MiB", "result");
    std::printf("|%s|\n", std::string(103, '-').c_str());
    for (const Case& c : cases) Run(c);
    return 0;
}
