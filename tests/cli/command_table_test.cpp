// The command table: help COMMAND, the general help, the bash completion and the man page list
// every command and option the parsers accept; progress never reaches a pipe.
#include "cli/command_table.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>

#include "cli/progress.h"
#include "test_support.h"

using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;
namespace cli = mvzsim::cli;
namespace fs = std::filesystem;

namespace {

// Every option of `command` as --long (and -s).
std::vector<std::string> option_names(const cli::Command& command) {
    std::vector<std::string> names;
    const auto options = command.options();
    for (const auto& o : options.visible.options()) {
        names.push_back("--" + o->long_name());
        const std::string s =
            o->canonical_display_name(boost::program_options::command_line_style::allow_dash_for_short);
        if (s.size() == 2 && s[0] == '-') names.push_back(s);
    }
    return names;
}

// Standard output and error of a shell command.
std::string shell_output(const std::string& command) {
    std::string text;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
    ::pclose(pipe);
    return text;
}

}  // namespace

TEST_CASE("help COMMAND is COMMAND --help, for every command", "[cli][usage]") {
    REQUIRE(cli::commands().size() >= 12);
    for (const auto& c : cli::commands()) {
        const std::string name(c.name);
        INFO(name);
        const auto help = mvzsim_cmd({"help", name});
        const auto flag = mvzsim_cmd({name, "--help"});
        CHECK(help.code == 0);
        CHECK(help.out == flag.out);
        CHECK(help.out.find("Usage: mvzsim") != std::string::npos);
        // Boost's positional pseudo-options stay hidden.
        for (const char* internal : {"--scenario ", "--files ", "--file ", "--command ", "--shell "})
            CHECK(help.out.find(internal) == std::string::npos);
        for (const auto& option : option_names(c)) CHECK(help.out.find(option) != std::string::npos);
    }
    CHECK(mvzsim_cmd({"help"}).out == mvzsim_cmd({"--help"}).out);
    const auto unknown = mvzsim_cmd({"help", "rnu"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("did you mean 'run'?") != std::string::npos);
}

TEST_CASE("the general help lists every command with its operands", "[cli][usage]") {
    const std::string help = cli::general_help();
    for (const auto& c : cli::commands()) CHECK(help.find("  " + std::string(c.name) + " ") != std::string::npos);
    CHECK(help.find("  run SCENARIO ") != std::string::npos);
    CHECK(help.find("  validate FILE... ") != std::string::npos);
    CHECK(help.find("  help [COMMAND] ") != std::string::npos);
    // The did-you-mean list is the table too.
    CHECK(mvzsim_cmd({"completoin"}).err.find("did you mean 'completion'?") != std::string::npos);
}

TEST_CASE("the bash completion lists every command and every option of each", "[cli][completion]") {
    const auto r = mvzsim_cmd({"completion", "bash"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("complete -o filenames -o bashdefault -F _mvzsim mvzsim") != std::string::npos);
    for (const auto& c : cli::commands()) {
        const std::string name(c.name);
        INFO(name);
        CHECK(r.out.find(" " + name) != std::string::npos);
        const auto at = r.out.find("        " + name + ") options=\"");
        REQUIRE(at != std::string::npos);
        std::string line = r.out.substr(at, r.out.find('\n', at) - at);
        std::replace(line.begin(), line.end(), '"', ' ');
        for (const auto& option : option_names(c)) CHECK(line.find(" " + option + " ") != std::string::npos);
    }
    CHECK(mvzsim_cmd({"completion", "zsh"}).code == 2);
    // Bash itself completes with it.
    const std::string script = mvzsim::test::scratch_dir("completion").string() + "/mvzsim.bash";
    std::ofstream(script) << r.out;
    const auto words = [&](const std::string& line, int cword) {
        return shell_output("bash -c 'source " + script + "; COMP_WORDS=(" + line +
                            "); COMP_CWORD=" + std::to_string(cword) + "; _mvzsim; echo \"${COMPREPLY[*]}\"'");
    };
    CHECK(words("mvzsim br", 1) == "breakeven\n");
    CHECK(words("mvzsim run --tri", 2) == "--trials\n");
    CHECK(words("mvzsim run --format cs", 3) == "csv\n");
    CHECK(words("mvzsim help sol", 2) == "solve\n");
    CHECK(words("mvzsim init --template r", 3) == "rvz\n");
    CHECK(words("mvzsim run x.yaml --trials \"\"", 4) == "\n");                     // a number to type: no file names
    CHECK(words("mvzsim run x.yaml -o /tm", 4).find("/tmp") != std::string::npos);  // a file name
}

TEST_CASE("the man page has every command and every option", "[cli][man]") {
    const auto r = mvzsim_cmd({"man"});
    REQUIRE(r.code == 0);
    CHECK(r.out.rfind(".\\\"", 0) == 0);
    CHECK(r.out.find(".TH MVZSIM 1 ") != std::string::npos);
    for (const char* section : {".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH EXIT STATUS"})
        CHECK(r.out.find(section) != std::string::npos);
    for (const auto& c : cli::commands()) {
        INFO(c.name);
        const auto at = r.out.find(".SS \"mvzsim " + std::string(c.name));
        REQUIRE(at != std::string::npos);
        const std::string rest = r.out.substr(at, r.out.find(".SS", at + 1) - at);
        for (const auto& option : option_names(c)) {
            std::string escaped;  // roff writes a hyphen as \-
            for (const char ch : option) escaped += ch == '-' ? std::string("\\-") : std::string(1, ch);
            CHECK(rest.find(escaped) != std::string::npos);
        }
    }
    // No line starts with a stray control character: every line that starts with '.' is a request.
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty() && line[0] == '.') {
            const bool request =
                (line.size() >= 2 && std::isalpha(static_cast<unsigned char>(line[1])) != 0) || line[1] == '\\';
            CHECK(request);
        }
}

TEST_CASE("the progress line: trials done, elapsed, estimate; nothing unless enabled", "[cli][progress]") {
    CHECK(cli::ProgressLine::line(250, 1000, 2.0) == "mvzsim: 250 of 1000 trials (25 %), 2 s elapsed, about 6 s left");
    CHECK(cli::ProgressLine::line(1000, 1000, 8.0) == "mvzsim: 1000 of 1000 trials (100 %), 8 s elapsed");
    std::ostringstream shown;
    {
        cli::ProgressLine p(shown, 1000, 1, true, std::chrono::seconds(0));
        const auto hook = p.hook();
        REQUIRE(hook);
        hook(500);
    }
    CHECK(shown.str().find("\rmvzsim: 500 of 1000 trials (50 %)") == 0);
    CHECK(shown.str().back() == '\r');  // cleared at the end
    // Runs of unknown number (a break-even search): the trials of finished runs add up, no estimate.
    std::ostringstream runs;
    {
        cli::ProgressLine p(runs, 1000, 0, true, std::chrono::seconds(0));
        const auto hook = p.hook();
        hook(1000);  // the first run ends
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        hook(300);
    }
    CHECK(runs.str().find("\rmvzsim: 1000 trials done, 0 s elapsed") == 0);
    CHECK(runs.str().find("\rmvzsim: 1300 trials done, 0 s elapsed") != std::string::npos);
    std::ostringstream hidden;
    {
        cli::ProgressLine p(hidden, 1000, 1, false, std::chrono::seconds(0));
        CHECK_FALSE(p.hook());
    }
    CHECK(hidden.str().empty());
    // A string stream is never a terminal.
    CHECK_FALSE(cli::progress_wanted(hidden));
}

TEST_CASE("a run longer than a second prints no progress into a pipe", "[cli][progress]") {
    const std::string err = shell_output(std::string(MVZSIM_BINARY) + " run " + kExamples +
                                         "rural-gp-3.yaml -n 60000 -f csv 2>&1 >/dev/null");
    CHECK(err.find("elapsed") == std::string::npos);
    CHECK(err.find('\r') == std::string::npos);
}

TEST_CASE("on a terminal a run longer than a second shows its progress on stderr, then clears it", "[cli][progress]") {
    // script(1) (util-linux, essential in Debian) runs the command on a pseudo-terminal. The run must
    // take over a second on this machine, however loaded: more trials until it does.
    const fs::path dir = mvzsim::test::scratch_dir("progress-tty");
    bool checked = false;
    for (const int trials : {100'000, 400'000, 1'600'000}) {
        const std::string command = std::string(MVZSIM_BINARY) + " run " + kExamples + "rural-gp-3.yaml -n " +
                                    std::to_string(trials) + " -o " + (dir / "out.csv").string();
        const auto start = std::chrono::steady_clock::now();
        const std::string tty = shell_output("script -qec '" + command + "' /dev/null");
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        CHECK(tty.find("mvzsim run: wrote ") != std::string::npos);
        if (took.count() < 2.5) continue;  // the run itself may have taken under a second
        CHECK(tty.find("\rmvzsim: ") != std::string::npos);
        CHECK(tty.find(" of " + std::to_string(trials) + " trials (") != std::string::npos);
        CHECK(tty.find(" s elapsed") != std::string::npos);
        checked = true;
        break;
    }
    if (!checked) WARN("no run took over 2.5 s: the progress line was not checked");
}
