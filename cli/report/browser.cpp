#include "cli/report/browser.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace mvzsim::cli::report {
namespace {

bool executable(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out.flush()) throw std::runtime_error("cannot write the temporary file " + path);
}

// Flags of a headless run that touches nothing outside its work folder: no sandbox (it needs
// kernel features a container may lack, and root may not use it), no GPU, no network services.
std::vector<std::string> base_flags(const std::string& work_dir) {
    return {"--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + work_dir + "/profile"};
}

}  // namespace

// A file URL: characters that a URL reserves are percent-encoded.
std::string file_url(const std::string& path) {
    std::string url = "file://";
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
            url += c;
        else
            url += fmt::format("%{:02X}", u);
    }
    return url;
}

std::optional<std::string> find_browser() {
    if (const char* given = std::getenv("MVZSIM_CHROMIUM"); given != nullptr && *given != '\0') {
        if (executable(given)) return std::string(given);
        return std::nullopt;
    }
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
    std::vector<std::string> folders;
    for (std::string dir; std::getline(dirs, dir, ':');) folders.push_back(dir.empty() ? "." : dir);
    for (const char* name : {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"})
        for (const auto& dir : folders)
            if (const std::string candidate = dir + "/" + name; executable(candidate)) return candidate;
    return std::nullopt;
}

std::string missing_browser_message() {
    const char* given = std::getenv("MVZSIM_CHROMIUM");
    const std::string where = given != nullptr && *given != '\0'
                                  ? std::string("MVZSIM_CHROMIUM names ") + given + ", which is not an executable file"
                                  : "no chromium, chromium-browser or google-chrome on PATH";
    return "writing PDF needs headless Chromium (" + where +
           "). Install the Debian package 'chromium' (apt-get install chromium), or write HTML (-o report.html) and "
           "print it to PDF from any browser";
}

BrowserRun run_browser(const std::string& browser, const std::vector<std::string>& args, const std::string& work_dir,
                       std::chrono::seconds timeout) {
    std::vector<std::string> all = {browser};
    for (auto& f : base_flags(work_dir)) all.push_back(std::move(f));
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);

    const std::string log = work_dir + "/browser.log";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, 0);  // its own process group: a timeout ends all its helpers
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, browser.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) return {-1, "cannot start " + browser};

    BrowserRun run;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) {
            run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    run.output = read_file(log);
    return run;
}

std::string print_to_pdf(const std::string& browser, const std::string& html) {
    const TempDir dir;
    const std::string page = dir.path() + "/report.html";
    const std::string pdf = dir.path() + "/report.pdf";
    write_file(page, html);
    const BrowserRun run = run_browser(browser, {"--no-pdf-header-footer", "--print-to-pdf=" + pdf, file_url(page)},
                                       dir.path(), std::chrono::seconds(180));
    std::string bytes = read_file(pdf);
    if (run.exit_code != 0 || bytes.rfind("%PDF-", 0) != 0) {
        std::string tail = run.output.size() > 600 ? run.output.substr(run.output.size() - 600) : run.output;
        throw std::runtime_error((run.exit_code == -1
                                      ? "Chromium did not finish printing within 180 s"
                                      : "Chromium did not print the PDF (exit " + std::to_string(run.exit_code) + ")") +
                                 (tail.empty() ? "" : "; its last words: " + tail));
    }
    return bytes;
}

}  // namespace mvzsim::cli::report
