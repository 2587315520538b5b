#pragma once
// Input errors: each names the file, line, column, key path, what was expected and what was found.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mvzsim::scenarios {

struct Diagnostic {
    std::string file;
    int line = 0;      // 1-based; 0 when the error concerns the whole file
    int column = 0;    // 1-based
    std::string path;  // key path, e.g. "doctors[1].fte"; empty for the whole file
    std::string message;
    bool warning = false;  // a plausibility warning (the value is allowed, but unlikely), not an error
};

// "file:line:col: path: message" ("file:line:col: warning: path: message" for a warning), with
// control characters escaped (see escape_control).
std::string format(const Diagnostic& d);

// `text` with every control character written as an escape (\n, \r, \t, \x1b; U+0080..U+009F as
// \u0085) and every byte that is not part of UTF-8 as \xHH, so that text from a file cannot move
// the cursor, recolour or retitle a terminal when a message shows it.
std::string escape_control(std::string_view text);

// The one exception type for bad input: all errors found in a file, in file order.
class InputError : public std::runtime_error {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo;
// empty otherwise.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace mvzsim::scenarios
