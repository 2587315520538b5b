#pragma once
// The language of a report.
#include <optional>
#include <string>

namespace mvzsim::cli::report {

enum class Lang { de, en };

// "de" or "en"; nullopt otherwise.
inline std::optional<Lang> parse_lang(const std::string& text) {
    if (text == "de") return Lang::de;
    if (text == "en") return Lang::en;
    return std::nullopt;
}

}  // namespace mvzsim::cli::report
