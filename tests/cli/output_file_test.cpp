// Output paths: refused before the run when they cannot be written (an empty name, /proc, /sys, a
// folder where the temporary file cannot be created), and no temporary file left after SIGINT or
// SIGTERM, with the old file intact.
#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "test_support.h"

namespace fs = std::filesystem;
using mvzsim::test::kExamples;
using mvzsim::test::mvzsim_cmd;
using mvzsim::test::read_file;
using mvzsim::test::scratch_dir;

namespace {

std::size_t files_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// In a child process: an AtomicFile for `target` with new bytes written, its temporary file's
// name sent through `pipe_out`, then waiting for a signal. Never returns.
[[noreturn]] void child_writing(const fs::path& target, int pipe_out) {
    mvzsim::cli::AtomicFile file(target.string());
    file.write("new content, never committed\n");
    const std::string name = file.temp_path() + "\n";
    if (::write(pipe_out, name.data(), name.size()) < 0) ::_exit(3);
    for (;;) ::pause();
}

}  // namespace

TEST_CASE("-o '' is a usage error, not standard output", "[cli][output]") {
    const auto r = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "-o", ""});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("--output must name a file (got an empty name)") != std::string::npos);
    CHECK(mvzsim_cmd({"breakeven", kExamples + "single-gp.yaml", "--output="}).code == 2);
    CHECK(mvzsim::cli::check_output_path("") == "cannot write an empty file name");
}

TEST_CASE("an output in /proc or /sys is refused before the run, with exit 2", "[cli][output]") {
    for (const char* path : {"/proc/x.csv", "/proc/self/x.csv", "/sys/x.csv", "/sys/kernel/x.json"}) {
        INFO(path);
        const auto r = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "-o", path});
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(std::string("cannot write ") + path) != std::string::npos);
        CHECK(r.err.find("virtual file system") != std::string::npos);
        CHECK_FALSE(fs::exists(path));
    }
}

TEST_CASE("the check creates the temporary file and removes it; a folder refusing it fails the check",
          "[cli][output]") {
    const fs::path dir = scratch_dir("probe");
    CHECK(mvzsim::cli::check_output_path((dir / "out.csv").string()).empty());
    CHECK(files_in(dir) == 0);
    // A name too long for the folder: creating the temporary file fails (ENAMETOOLONG) though the
    // folder is writable; the check says so.
    const fs::path long_name = dir / (std::string(250, 'x') + ".csv");
    const std::string problem = mvzsim::cli::check_output_path(long_name.string());
    CHECK(problem.find("a temporary file cannot be created in " + dir.string()) != std::string::npos);
    const auto r = mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "-o", long_name.string()});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(files_in(dir) == 0);
    // A folder without write permission. Root may write anywhere: then the check runs in a child
    // process as user nobody (65534), for whom the folder (0555) is read-only.
    const fs::path locked = scratch_dir("locked");
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const std::string target = (locked / "x.csv").string();
    if (::geteuid() != 0) {
        CHECK(mvzsim_cmd({"run", kExamples + "single-gp.yaml", "-n", "10", "-o", target}).code == 2);
    } else {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(77);
            const std::string why = mvzsim::cli::check_output_path(target);
            ::_exit(why == "cannot write " + target + ": the folder " + locked.string() + " is not writable" ? 0 : 1);
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE(WIFEXITED(status));
        if (WEXITSTATUS(status) == 77)
            WARN("cannot become user nobody: the unwritable folder was not checked");
        else
            CHECK(WEXITSTATUS(status) == 0);
    }
    CHECK(files_in(locked) == 0);
    fs::permissions(locked, fs::perms::owner_all);
}

TEST_CASE("SIGTERM or SIGINT while the temporary file exists removes it; the old file is intact", "[cli][output]") {
    for (const int signal : {SIGTERM, SIGINT}) {
        INFO("signal " << signal);
        const fs::path dir = scratch_dir("signal");
        const fs::path target = dir / "result.csv";
        std::ofstream(target) << "old content\n";
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            child_writing(target, fds[1]);
        }
        ::close(fds[1]);
        std::string temp;
        char c = 0;
        while (::read(fds[0], &c, 1) == 1 && c != '\n') temp += c;
        ::close(fds[0]);
        REQUIRE_FALSE(temp.empty());
        CHECK(fs::exists(temp));  // the child holds it, written but not committed
        REQUIRE(::kill(child, signal) == 0);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        CHECK(WIFSIGNALED(status));  // ended by the signal's default action, as without the handler
        CHECK(WTERMSIG(status) == signal);
        CHECK_FALSE(fs::exists(temp));
        CHECK(read_file(target) == "old content\n");
        CHECK(files_in(dir) == 1);
    }
}

TEST_CASE("mvzsim killed by SIGTERM during a long run leaves no temporary file and the old output", "[cli][output]") {
    const fs::path dir = scratch_dir("sigterm-run");
    const fs::path target = dir / "result.csv";
    std::ofstream(target) << "old content\n";
    const std::string file = kExamples + "saxony-county-mvz.yaml";
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execl(MVZSIM_BINARY, MVZSIM_BINARY, "run", file.c_str(), "-n", "10000000", "-o", target.c_str(), nullptr);
        ::_exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    REQUIRE(::kill(child, SIGTERM) == 0);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));  // still running when the signal came
    CHECK(WTERMSIG(status) == SIGTERM);
    CHECK(read_file(target) == "old content\n");
    CHECK(files_in(dir) == 1);
}
