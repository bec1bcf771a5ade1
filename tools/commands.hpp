// The polity command-line tool: one function per command. Each returns the process exit
// code: 0 clean, 1 the dataset is invalid, 2 usage or I/O error.
#pragma once

#include <string>
#include <vector>

namespace polity::cli {

inline constexpr int kExitClean = 0;
inline constexpr int kExitInvalid = 1;
inline constexpr int kExitUsage = 2;

int RunCheck(const std::vector<std::string>& args);  // polity check [--quiet] FILE...
int RunStats(const std::vector<std::string>& args);  // polity stats FILE
int RunGenerate(const std::vector<std::string>& args); // polity generate [--entities N] [--seed S]
int RunImport(const std::vector<std::string>& args);   // polity import [-o OUT.json] DIR_OR_FILES...
int RunExport(const std::vector<std::string>& args);   // polity export DATASET.json -o DIR
int RunHtml(const std::vector<std::string>& args);   // polity html [--lang L] [--fragment] [-o OUT] FILE

// True when args hold -h or --help.
bool WantsHelp(const std::vector<std::string>& args);

} // namespace polity::cli
