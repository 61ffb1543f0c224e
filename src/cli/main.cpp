// gridatlas-cli: batch access to every GridAtlas library. Thin: parsing and printing only.
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <iostream>

#include "cli/command.h"

namespace {

void printHelp() {
    std::cout << "gridatlas-cli — 网格图谱工作站 command line (GridAtlas " GRIDATLAS_VERSION ")\n\n"
                 "usage: gridatlas-cli COMMAND PROJECT [options]\n\ncommands:\n";
    for (const auto& c : ga::cli::commands()) std::cout << fmt::format("  {:<14}{}\n", c.name, c.summary);
    std::cout << "\nEvery command takes --operator NAME (default: the configured operator, else the OS user).\n"
                 "Exit status: 0 success; 1 where a command says so (validate: violations found);\n"
                 "2 bad input or failure, with the message on stderr and the project unchanged.\n"
                 "'gridatlas-cli COMMAND --help' shows a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
        printHelp();
        return argc < 2 ? 2 : 0;
    }
    if (!std::strcmp(argv[1], "--version")) {
        std::cout << "gridatlas-cli " GRIDATLAS_VERSION "\n";
        return 0;
    }
    for (const auto& c : ga::cli::commands()) {
        if (c.name != argv[1]) continue;
        for (int i = 2; i < argc; ++i)
            if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
                std::cout << "usage: gridatlas-cli " << c.usage << "\n\n" << c.summary << "\n";
                return 0;
            }
        auto valued = c.valued;
        valued.push_back("operator");
        auto args = ga::cli::Args::parse(argc, argv, 2, valued, c.flags);
        if (!args) {
            std::cerr << "gridatlas-cli " << c.name << ": " << args.error().message << "\nusage: gridatlas-cli "
                      << c.usage << "\n";
            return 2;
        }
        return c.run(*args);
    }
    std::cerr << "gridatlas-cli: unknown command '" << argv[1] << "' (see gridatlas-cli --help)\n";
    return 2;
}
