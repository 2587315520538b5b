#include "scenarios/diagnostics.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace mvzsim::scenarios {
namespace {

std::string join(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const auto& d : diagnostics) {
        if (!text.empty()) text += '\n';
        text += format(d);
    }
    return text;
}

bool same_letter(char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Edit distance counting a swap of two neighbouring letters as one edit ("yaer" for "year", "rnu"
// for "run": the commonest typo), case-insensitive. The optimal string alignment variant.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitute = d[i - 1][j - 1] + (same_letter(a[i - 1], b[j - 1]) ? 0 : 1);
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, substitute});
            if (i > 1 && j > 1 && same_letter(a[i - 1], b[j - 2]) && same_letter(a[i - 2], b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

std::string hex_escape(const char* prefix, unsigned value, int digits) {
    static const char* const kDigits = "0123456789abcdef";
    std::string text = prefix;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) text += kDigits[(value >> shift) & 0xfu];
    return text;
}

// The length of the UTF-8 sequence at s[i], or 0 when the bytes there are not UTF-8.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80                 ? 1
                          : c >= 0xc2 && c <= 0xdf ? 2
                          : c >= 0xe0 && c <= 0xef ? 3
                          : c >= 0xf0 && c <= 0xf4 ? 4
                                                   : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 0;
    return n;
}

}  // namespace

std::string escape_control(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = utf8_length(text, i);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7f || n == 0)
            out += hex_escape("\\x", c, 2);
        else if (n == 2 && c == 0xc2 && static_cast<unsigned char>(text[i + 1]) < 0xa0)  // C1 controls
            out += hex_escape("\\u00", static_cast<unsigned char>(text[i + 1]), 2);
        else
            out.append(text.substr(i, n));
        i += n == 0 ? 1 : n;
    }
    return out;
}

std::string format(const Diagnostic& d) {
    // Built with a stream: GCC 12 gives a false -Wrestrict on chained std::string operator+.
    std::ostringstream out;
    out << escape_control(d.file);
    if (d.line > 0) out << ':' << d.line << ':' << d.column;
    out << ": ";
    if (d.warning) out << "warning: ";
    if (!d.path.empty()) out << escape_control(d.path) << ": ";
    out << escape_control(d.message);
    return out.str();
}

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join(diagnostics)), diagnostics_(std::move(diagnostics)) {}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::string::npos;
    for (const auto& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    // A typo changes a few letters; allow about one edit per three letters, at least two. A word of
    // one to three letters allows one: two edits would turn "<<" or "xy" into "id".
    const std::size_t limit = word.size() < 4 ? 1 : std::max<std::size_t>(2, word.size() / 3);
    return best_distance <= limit ? best : std::string{};
}

}  // namespace mvzsim::scenarios
