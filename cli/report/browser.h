#pragma once
// Headless Chromium, for printing the HTML report to PDF (and, in the tests, for rendering it).
// Debian package: chromium. Looked up on PATH as chromium, chromium-browser, google-chrome or
// google-chrome-stable; MVZSIM_CHROMIUM may name the program instead (it changes no number).
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "cli/report/temp_dir.h"

namespace mvzsim::cli::report {

// The browser's path, or nullopt when none is installed.
std::optional<std::string> find_browser();
// What to tell a user who has none.
std::string missing_browser_message();

struct BrowserRun {
    int exit_code = -1;  // -1: did not finish in time (killed)
    std::string output;  // standard output and error, mixed
};

// Runs the browser headless with `args` after the flags that keep it from the network and the
// user's profile (a fresh profile in `work_dir`, which must exist and be empty of other use).
BrowserRun run_browser(const std::string& browser, const std::vector<std::string>& args, const std::string& work_dir,
                       std::chrono::seconds timeout);

// "file://" and the path, with the characters a URL reserves percent-encoded.
std::string file_url(const std::string& path);

// The HTML printed to PDF (A4, the page layout of the HTML's @page rules). Throws
// std::runtime_error when the browser fails or gives no PDF.
std::string print_to_pdf(const std::string& browser, const std::string& html);

}  // namespace mvzsim::cli::report
