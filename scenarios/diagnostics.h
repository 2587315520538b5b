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
};

// "file:line:col: path: message"
std::string format(const Diagnostic& d);

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
